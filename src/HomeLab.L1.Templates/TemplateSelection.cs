using HomeLab.Manifests;

namespace HomeLab.L1.Templates;

/// <summary>
/// Which of the selected OSes L1 builds: those with a <c>template.json</c>. An OS without one (as in a lab from the
/// original tooling) has nothing to build, and is left out with one line; its artifacts can still be listed and promoted.
/// Naming it with <c>--os</c> for a build is an error.
/// </summary>
public sealed class TemplateSelection
{
    private TemplateSelection(IReadOnlyList<string> toBuild, IReadOnlyList<string> withoutTemplate)
    {
        ToBuild = toBuild;
        WithoutTemplate = withoutTemplate;
    }

    /// <summary>The OSes to build, in the order given.</summary>
    public IReadOnlyList<string> ToBuild { get; }

    /// <summary>The OSes left out because they have no template.json, in the order given.</summary>
    public IReadOnlyList<string> WithoutTemplate { get; }

    /// <summary>One line per OS left out, saying why and what still works on it.</summary>
    public IEnumerable<string> SkipLines => WithoutTemplate.Select(os =>
        $"{os}: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.");

    /// <param name="lab">The lab.</param>
    /// <param name="operatingSystems">The OSes this run works on.</param>
    /// <param name="namedByOperator">Whether the operator named them (<c>--os</c>) rather than taking every OS of the lab.</param>
    /// <exception cref="ManifestException">The operator named an OS that has no template.json.</exception>
    public static TemplateSelection Choose(LabManifests lab, IReadOnlyList<string> operatingSystems, bool namedByOperator)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(operatingSystems);
        var withoutTemplate = operatingSystems.Where(os => !lab.HasTemplate(os)).ToList();
        if (namedByOperator && withoutTemplate.Count > 0)
        {
            var names = string.Join(", ", withoutTemplate);
            var files = string.Join(", ", withoutTemplate.Select(os => $"infra/os/{os}/template.json"));
            throw new ManifestException(
                $"Cannot build {names}: there is no {files}, so L1 has nothing to build. Add one (docs/operations.md, L1), or leave {names} out of --os; List-Templates and Promote work without it.");
        }

        return new TemplateSelection(operatingSystems.Except(withoutTemplate).ToList(), withoutTemplate);
    }
}
