using HomeLab.Manifests;

namespace HomeLab.L1.Templates;

/// <summary>Builds one kind of template and describes the build as an artifact manifest, which the run then writes.</summary>
internal interface ITemplateBuilder
{
    TemplateKind Kind { get; }

    /// <summary>Builds the template; the manifest returned has every field of the build (os and kind included).</summary>
    /// <exception cref="BuildFailure">A step failed (one line); nothing is to be written for this build.</exception>
    Task<BuiltTemplate> BuildAsync(TemplateDefinition template, BuildSession session, CancellationToken ct);
}
