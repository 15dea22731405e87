namespace HomeLab.Manifests;

/// <summary>
/// An OS's stable manifest (<c>spec/vm-template-stable.json</c> or <c>spec/iso-manifest-stable.json</c>): the build that
/// Terraform and the higher layers use. Written by HomeLab as a complete copy of the promoted artifact; the original
/// tooling's symbolic link to the artifact is read as well.
/// </summary>
public sealed class StableManifest
{
    internal StableManifest(string os, ArtifactFamily family, string path, ArtifactManifest manifest, string? promotedFrom, string? linkTarget)
    {
        Os = os;
        Family = family;
        Path = path;
        Manifest = manifest;
        PromotedFrom = promotedFrom;
        LinkTarget = linkTarget;
    }

    public string Os { get; }

    public ArtifactFamily Family { get; }

    /// <summary>The stable manifest's path (absolute).</summary>
    public string Path { get; }

    /// <summary>Its content: the promoted artifact's fields (plus promoted_from and promoted_at when HomeLab wrote it).</summary>
    public ArtifactManifest Manifest { get; }

    /// <summary>The file name of the artifact it was promoted from; for the legacy link, the link target's file name.</summary>
    public string? PromotedFrom { get; }

    /// <summary>When it was promoted; null for the legacy link, which did not record it.</summary>
    public DateTimeOffset? PromotedAt => Manifest.PromotedAt;

    /// <summary>Whether this is the original tooling's symbolic link rather than HomeLab's copy.</summary>
    public bool IsLegacySymlink => LinkTarget is not null;

    /// <summary>The link's target as written in the link, for the legacy form.</summary>
    public string? LinkTarget { get; }
}
