namespace HomeLab.Manifests;

/// <summary>
/// One artifact in an OS's history. Listing does not open the file (a VM template's build time is in its name);
/// <see cref="Read"/> parses it on first use.
/// </summary>
public sealed class ArtifactEntry
{
    private readonly Lazy<ArtifactManifest> _manifest;

    internal ArtifactEntry(string os, string fileName, string path, ArtifactFamily family, DateTimeOffset? builtAt, int sequence, Func<ArtifactManifest> read)
    {
        Os = os;
        FileName = fileName;
        Path = path;
        Family = family;
        BuiltAt = builtAt;
        Sequence = sequence;
        _manifest = new Lazy<ArtifactManifest>(read);
    }

    public string Os { get; }

    /// <summary>The file name in the artifacts folder, e.g. <c>vm-template-20261126-120000.json</c>.</summary>
    public string FileName { get; }

    /// <summary>The file's path (absolute).</summary>
    public string Path { get; }

    /// <summary>How the artifact is referred to: <c>&lt;os&gt;/&lt;file&gt;</c>, as <see cref="LabManifests.Resolve"/> takes it.</summary>
    public string Reference => Os + "/" + FileName;

    /// <summary><c>vm-template-*</c> files are VM templates; any other is an ISO build unless its <c>kind</c> says otherwise.</summary>
    public ArtifactFamily Family { get; }

    /// <summary>
    /// When it was built (UTC): from the name for VM templates; for ISO builds from <c>built_at</c> (else <c>created_at</c>,
    /// else the file's time). Null when none of these can be had.
    /// </summary>
    public DateTimeOffset? BuiltAt { get; }

    /// <summary>1, or 2, 3… for a later build whose name clashed with an earlier one's.</summary>
    public int Sequence { get; }

    /// <summary>Whether a stable manifest was promoted from this artifact.</summary>
    public bool IsStable { get; internal set; }

    /// <summary>The artifact's content, parsed and checked on first use; a broken file throws <see cref="ManifestException"/>.</summary>
    public ArtifactManifest Read() => _manifest.Value;

    public override string ToString() => IsStable ? Reference + " (stable)" : Reference;
}
