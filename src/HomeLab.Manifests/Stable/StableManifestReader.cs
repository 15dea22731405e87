namespace HomeLab.Manifests;

/// <summary>Reads a stable manifest in either form: HomeLab's copy, or the original tooling's symbolic link to an artifact.</summary>
internal static class StableManifestReader
{
    /// <summary>The stable manifest, or null when there is none; a broken one throws <see cref="ManifestException"/>.</summary>
    public static StableManifest? TryRead(LabLayout layout, string os, ArtifactFamily family)
    {
        var path = layout.StableManifestFile(os, family);
        var info = new FileInfo(path);
        var display = layout.Display(path);

        if (info.LinkTarget is { } linkTarget)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                throw new ManifestException(
                    $"{display}: a link to {linkTarget}, which does not exist; promote an existing artifact to replace it.");
            }

            var linked = ArtifactReader.Read(target.FullName, layout.Display(target.FullName));
            return new StableManifest(os, family, path, linked, target.Name, linkTarget);
        }

        if (!info.Exists)
        {
            return null;
        }

        var manifest = ArtifactReader.Read(path, display);
        return new StableManifest(os, family, path, manifest, manifest.PromotedFrom, linkTarget: null);
    }

    /// <summary>Whether a stable manifest (or a link, even a broken one) is at its place.</summary>
    public static bool Exists(LabLayout layout, string os, ArtifactFamily family)
    {
        var info = new FileInfo(layout.StableManifestFile(os, family));
        return info.Exists || info.LinkTarget is not null;
    }
}
