using System.Text;
using System.Text.Json;

namespace HomeLab.Manifests;

/// <summary>
/// The line each value of a JSON document starts on, by JSON pointer (<c>""</c> for the root, <c>/tags/1</c>…). A property's
/// line is the line of its name, which is where an operator looks for it.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, int> _lines;

    private JsonLocations(Dictionary<string, int> lines, string? firstDuplicate)
    {
        _lines = lines;
        FirstDuplicate = firstDuplicate;
    }

    /// <summary>The pointer of the first field that appears twice in one object; its line is the second appearance's.</summary>
    public string? FirstDuplicate { get; }

    /// <summary>Maps a document; invalid JSON throws <see cref="JsonException"/> with the line of the fault.</summary>
    public static JsonLocations Map(ReadOnlySpan<byte> utf8)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var containers = new Stack<Container>();
        var line = 1;
        var counted = 0;
        string? pendingProperty = null;
        string? firstDuplicate = null;

        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = containers.Peek().Pointer + "/" + Escape(reader.GetString()!);
                if (!lines.TryAdd(pendingProperty, line) && firstDuplicate is null)
                {
                    firstDuplicate = pendingProperty;
                    lines[pendingProperty] = line;
                }

                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string pointer;
            if (containers.Count == 0)
            {
                pointer = string.Empty;
                lines.TryAdd(pointer, line);
            }
            else if (containers.Peek().IsArray)
            {
                pointer = containers.Peek().NextItemPointer();
                lines.TryAdd(pointer, line);
            }
            else
            {
                pointer = pendingProperty!;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return new JsonLocations(lines, firstDuplicate);
    }

    /// <summary>The line of the value at <paramref name="pointer"/>, or of its nearest ancestor that exists; 1 when none does.</summary>
    public int LineOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return 1;
            }

            current = current[..current.LastIndexOf('/')];
        }
    }

    /// <summary>Escapes a property name as one JSON pointer segment (RFC 6901).</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>A JSON pointer as a field name in messages: <c>/tags/1</c> reads as <c>tags/1</c>.</summary>
    public static string? FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var segments = pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (builder.Length > 0)
            {
                builder.Append('/');
            }

            builder.Append(segment);
        }

        return builder.ToString();
    }

    private sealed class Container(string pointer, bool isArray)
    {
        private int _nextIndex;

        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public string NextItemPointer() => Pointer + "/" + _nextIndex++;
    }
}
