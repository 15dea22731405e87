namespace HomeLab.Manifests;

/// <summary>Reads one artifact or stable manifest file and checks it against <c>artifact.schema.json</c>.</summary>
internal static class ArtifactReader
{
    public static ArtifactManifest Read(string path, string displayPath)
    {
        if (File.Exists(path) && new FileInfo(path).Length == 0)
        {
            throw new ManifestException(
                $"{displayPath}: empty: the build that was writing it was interrupted; delete it, or build again.");
        }

        return ArtifactManifest.FromValidated(JsonFile.Read(path, displayPath));
    }
}
