using System.Globalization;
using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>
/// Reads object members the way Proxmox's Perl JSON encoder writes them: numbers sometimes arrive as strings,
/// 0/1 flags may be absent (false) or booleans, unknown members are ignored.
/// </summary>
internal static class LenientJson
{
    public static JsonElement? Member(this JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty(name, out var value)
        && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>A string member; numbers and booleans are given as their text. Null when absent.</summary>
    public static string? Text(this JsonElement item, string name) => item.Member(name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        { ValueKind: JsonValueKind.True } => "1",
        { ValueKind: JsonValueKind.False } => "0",
        null => null,
        var value => throw Unexpected(name, value.Value, "text"),
    };

    public static string RequiredText(this JsonElement item, string name) =>
        item.Text(name) ?? throw new WireFormatException($"the field \"{name}\" is missing");

    /// <summary>An integer given as a number, a numeric string, or a float (truncated). Null when absent.</summary>
    public static long? Integer(this JsonElement item, string name)
    {
        var member = item.Member(name);
        return member switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value => value.TryGetInt64(out var whole) ? whole : (long)value.GetDouble(),
            { ValueKind: JsonValueKind.String } value => ParseInteger(name, value.GetString()!),
            { ValueKind: JsonValueKind.True } => 1,
            { ValueKind: JsonValueKind.False } => 0,
            var value => throw Unexpected(name, value.Value, "a number"),
        };
    }

    /// <summary>A float given as a number or a numeric string. Null when absent.</summary>
    public static double? Real(this JsonElement item, string name) => item.Member(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        { ValueKind: JsonValueKind.String } value => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? real
            : throw Unexpected(name, value, "a number"),
        var value => throw Unexpected(name, value.Value, "a number"),
    };

    /// <summary>A 0/1 flag: 1/0, "1"/"0", true/false, "true"/"false"; <paramref name="whenAbsent"/> when missing.</summary>
    public static bool Flag(this JsonElement item, string name, bool whenAbsent = false) => item.Member(name) switch
    {
        null => whenAbsent,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble() != 0,
        { ValueKind: JsonValueKind.String } value => ParseFlag(name, value),
        var value => throw Unexpected(name, value.Value, "a 0/1 flag"),
    };

    /// <summary>A comma list ("iso,vztmpl") or a JSON array of strings, as a set. Empty when absent.</summary>
    public static IReadOnlySet<string> Set(this JsonElement item, string name)
    {
        var member = item.Member(name);
        IEnumerable<string> values = member switch
        {
            null => [],
            { ValueKind: JsonValueKind.String } value => value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            { ValueKind: JsonValueKind.Array } value => value.EnumerateArray().Select(ItemText).Where(v => v.Length > 0),
            var value => throw Unexpected(name, value.Value, "a comma-separated list"),
        };
        return values.ToHashSet(StringComparer.Ordinal);
    }

    public static IEnumerable<JsonElement> Items(this JsonElement data) =>
        data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray()
            : throw new WireFormatException($"\"data\" is {Describe(data)}, not a list");

    public static JsonElement RequireObject(this JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
            ? data
            : throw new WireFormatException($"\"data\" is {Describe(data)}, not an object");

    private static string ItemText(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString()!.Trim(),
        JsonValueKind.Number => item.GetRawText(),
        _ => throw new WireFormatException($"a list holds {Describe(item)} where text was expected"),
    };

    private static long ParseInteger(string name, string text)
    {
        if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? (long)real
            : throw new WireFormatException($"the field \"{name}\" is '{text}', not a number");
    }

    private static bool ParseFlag(string name, JsonElement value)
    {
        var text = value.GetString()!.Trim();
        return text.ToLowerInvariant() switch
        {
            "1" or "true" or "yes" or "on" => true,
            "0" or "false" or "no" or "off" or "" => false,
            _ => throw Unexpected(name, value, "a 0/1 flag"),
        };
    }

    private static WireFormatException Unexpected(string name, JsonElement value, string expected) =>
        new($"the field \"{name}\" is {Describe(value)}, not {expected}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
