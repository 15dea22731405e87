using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>A host's <c>template_ref</c> has one of the two forms and resolves to a stable manifest with a <c>vmid</c>.</summary>
public static class TemplateReferenceChecks
{
    /// <returns>The template, or null after reporting why there is none.</returns>
    public static StableTemplate? Check(PersonaSpec spec, PersonaHost host, StableTemplateResolver resolver, ICollection<InstanceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(problems);
        if (TemplateReference.TryParse(host.TemplateRef) is not { } reference)
        {
            problems.Add(InstanceProblem.AtField(spec, host, PersonaFields.TemplateRef,
                $"template_ref \"{host.TemplateRef}\" is not <os>/<persona>/stable or <os>/stable; write e.g. {spec.Os}/{spec.Persona}/stable."));
            return null;
        }

        var template = resolver.Resolve(reference);
        if (template.Problem is { } problem)
        {
            problems.Add(InstanceProblem.AtField(spec, host, PersonaFields.TemplateRef, $"template_ref {reference}: {problem}"));
            return null;
        }

        return template;
    }
}
