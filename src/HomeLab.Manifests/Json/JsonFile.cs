using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>A JSON file read from disk, with the line of each of its values for error messages.</summary>
internal sealed class JsonFile
{
    private static readonly JsonDocumentOptions StrictJson = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };

    private JsonFile(string displayPath, JsonNode? root, JsonLocations locations)
    {
        DisplayPath = displayPath;
        Root = root;
        Locations = locations;
    }

    /// <summary>The path as messages show it.</summary>
    public string DisplayPath { get; }

    public JsonNode? Root { get; }

    public JsonLocations Locations { get; }

    /// <summary>Reads and parses <paramref name="path"/>; bad JSON throws <c>file:line: invalid JSON: what</c>.</summary>
    public static JsonFile Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ManifestException([new ManifestError(displayPath, null, null, "not found.")]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException([new ManifestError(displayPath, null, null, $"cannot be read ({exception.Message}); check its permissions.")]);
        }

        return Parse(bytes, displayPath);
    }

    public static JsonFile Parse(ReadOnlyMemory<byte> bytes, string displayPath)
    {
        var utf8 = SkipByteOrderMark(bytes);
        if (utf8.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new ManifestException([new ManifestError(displayPath, 1, null, "invalid JSON: the file is empty")]);
        }

        try
        {
            // Mapped first: the reader reports syntax errors with their line, and the map finds duplicate fields, which
            // System.Text.Json reports without one.
            var locations = JsonLocations.Map(utf8.Span);
            if (locations.FirstDuplicate is { } duplicate)
            {
                throw new ManifestException([new ManifestError(displayPath, locations.LineOf(duplicate), JsonLocations.FieldName(duplicate),
                    "appears a second time in the same object; keep one")]);
            }

            var root = JsonNode.Parse(utf8.Span, documentOptions: StrictJson);
            return new JsonFile(displayPath, root, locations);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            throw new ManifestException([new ManifestError(displayPath, line, null, "invalid JSON: " + Describe(exception))]);
        }
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    /// <summary>System.Text.Json's reason, on one line, without its own position suffix or advice about reader options.</summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "a comma after the last item; remove it";
        }

        message = message.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return message.Trim().TrimEnd('.');
    }
}
