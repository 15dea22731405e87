namespace HomeLab.Manifests;

/// <summary><c>kind: iso</c>: an ISO, optionally produced by <see cref="BuildCommand"/>, uploaded to the ISO storage.</summary>
public sealed class IsoTemplate : TemplateDefinition
{
    internal IsoTemplate(string os, string osDirectory, string? description)
        : base(os, osDirectory, description)
    {
    }

    public override TemplateKind Kind => TemplateKind.Iso;

    /// <summary><c>build_command</c>: run by a shell in the OS folder before the upload; null when the ISO is already there.</summary>
    public string? BuildCommand { get; init; }

    /// <summary><c>iso_path</c> as written in template.json (relative to the OS folder).</summary>
    public required string IsoPathAsWritten { get; init; }

    /// <summary>The ISO file to upload (absolute).</summary>
    public string IsoPath => Path.GetFullPath(Path.Combine(OsDirectory, IsoPathAsWritten));

    /// <summary><c>iso_name</c>: the name to give it on the storage; null keeps the file's own name.</summary>
    public string? IsoName { get; init; }

    /// <summary>The name the ISO gets on the storage.</summary>
    public string TargetIsoName => IsoName ?? Path.GetFileName(IsoPath);

    /// <summary><c>storage</c>: the ISO storage; null means the caller's default (PVE_STORAGE_ISO).</summary>
    public string? Storage { get; init; }
}
