namespace HomeLab.Manifests;

/// <summary>
/// <c>infra/os/&lt;os&gt;/template.json</c>: how L1 builds one OS's template. The concrete type says how:
/// <see cref="CloudImageTemplate"/>, <see cref="IsoTemplate"/> or <see cref="PackerTemplate"/>.
/// </summary>
public abstract class TemplateDefinition
{
    private protected TemplateDefinition(string os, string osDirectory, string? description)
    {
        Os = os;
        OsDirectory = osDirectory;
        Description = description;
    }

    /// <summary>The OS name: its folder's name under infra/os.</summary>
    public string Os { get; }

    public abstract TemplateKind Kind { get; }

    /// <summary>The OS folder (absolute); the relative paths in template.json are relative to it.</summary>
    public string OsDirectory { get; }

    public string TemplateFile => Path.Combine(OsDirectory, LabLayout.TemplateFileName);

    public string? Description { get; }

    /// <summary>The stable manifest this OS's builds are promoted into.</summary>
    public ArtifactFamily Family => Kind.Family();
}
