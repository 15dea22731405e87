using System.IO.Enumeration;
using System.Text.Json;

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
    /// <c>created_at</c>, else the file's own time). The whole file is read and parsed, with a forward-only reader that
    /// keeps only the four top-level fields it needs: an ISO history of a thousand builds opens a thousand files.
    /// </summary>
    private static (ArtifactFamily Family, DateTimeOffset? Time) Peek(string path)
    {
        var family = ArtifactFamily.Iso;
        try
        {
            var fields = TopLevelFields.Read(File.ReadAllBytes(path));
            family = ArtifactManifest.FamilyOf(fields.Kind, fields.HasIsoName, fields.HasVmid);
            if ((ArtifactManifest.ParseTimestamp(fields.BuiltAt) ?? ArtifactManifest.ParseTimestamp(fields.CreatedAt)) is { } time)
            {
                return (family, time);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            // A broken artifact still has a place in the history; reading it reports the problem.
        }

        return (family, File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : null);
    }

    private readonly record struct TopLevelFields(string? Kind, bool HasIsoName, bool HasVmid, string? BuiltAt, string? CreatedAt)
    {
        /// <exception cref="JsonException">The bytes are not one JSON object.</exception>
        public static TopLevelFields Read(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("not a JSON object");
            }

            var fields = default(TopLevelFields);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Escaped names are rare enough in these files to leave out; such a field is skipped.
                var name = reader.ValueIsEscaped ? default : reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("kind"u8))
                {
                    fields = fields with { Kind = Text(ref reader) };
                }
                else if (name.SequenceEqual("iso_name"u8))
                {
                    fields = fields with { HasIsoName = true };
                }
                else if (name.SequenceEqual("vmid"u8))
                {
                    fields = fields with { HasVmid = true };
                }
                else if (name.SequenceEqual("built_at"u8))
                {
                    fields = fields with { BuiltAt = Text(ref reader) };
                }
                else if (name.SequenceEqual("created_at"u8))
                {
                    fields = fields with { CreatedAt = Text(ref reader) };
                }

                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw new JsonException("not one JSON object");
            }

            return fields;
        }

        private static string? Text(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }
}
