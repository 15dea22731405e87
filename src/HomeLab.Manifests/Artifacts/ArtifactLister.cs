using System.IO.Enumeration;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>
/// Lists an OS's artifacts newest first. Order comes from the file names, which carry the build time, so a history of
/// thousands of builds is listed without opening them; only ISO builds (named after the ISO) are opened for their time.
/// </summary>
internal static class ArtifactLister
{
    public static List<ArtifactEntry> List(LabLayout layout, string os)
    {
        var directory = layout.ArtifactsDirectory(os);
        var entries = new List<ArtifactEntry>();
        if (!Directory.Exists(directory))
        {
            return entries;
        }

        var files = new FileSystemEnumerable<(string Name, string Path)>(
            directory,
            (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.ToFullPath()),
            new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && ArtifactFileNames.IsArtifact(entry.FileName),
        };

        foreach (var (fileName, path) in files)
        {
            // The display path is only worked out if the file is read (and so only when there is an error to show).
            Func<ArtifactManifest> read = () => ArtifactReader.Read(path, layout.Display(path));
            if (ArtifactFileNames.TryParseVmTemplate(fileName, out var builtAt, out var sequence))
            {
                entries.Add(new ArtifactEntry(os, fileName, path, ArtifactFamily.VmTemplate, builtAt, sequence, read));
            }
            else
            {
                var (family, time) = Peek(path);
                entries.Add(new ArtifactEntry(os, fileName, path, family, time, 1, read));
            }
        }

        entries.Sort(NewestFirst);
        return entries;
    }

    private static int NewestFirst(ArtifactEntry left, ArtifactEntry right)
    {
        var byTime = Nullable.Compare(right.BuiltAt, left.BuiltAt);
        if (byTime != 0)
        {
            return byTime;
        }

        var bySequence = right.Sequence.CompareTo(left.Sequence);
        return bySequence != 0 ? bySequence : string.CompareOrdinal(right.FileName, left.FileName);
    }

    /// <summary>
    /// For an artifact not named after its build time (an ISO build): its family, and its <c>built_at</c> (else
    /// <c>created_at</c>, else the file's own time).
    /// </summary>
    private static (ArtifactFamily Family, DateTimeOffset? Time) Peek(string path)
    {
        var family = ArtifactFamily.Iso;
        try
        {
            if (JsonNode.Parse(File.ReadAllBytes(path)) is JsonObject json)
            {
                var manifest = new ArtifactManifest(json);
                family = manifest.Family;
                if ((manifest.BuiltAt ?? manifest.CreatedAt) is { } time)
                {
                    return (family, time);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            // A broken artifact still has a place in the history; reading it reports the problem.
        }

        return (family, File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : null);
    }
}
