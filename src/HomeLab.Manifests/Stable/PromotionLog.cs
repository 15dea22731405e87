using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>
/// <c>spec/promotions.log</c>: append-only, one JSON object a line (<c>at</c>, <c>stable</c>, <c>action</c>, <c>from</c>,
/// <c>to</c>). Lines that do not parse (a write cut short by a crash) are skipped.
/// </summary>
internal static class PromotionLog
{
    public static void Append(string path, PromotionRecord record)
    {
        var line = new JsonObject
        {
            ["at"] = record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["stable"] = record.Stable,
            ["action"] = record.Action,
            ["from"] = record.From,
            ["to"] = record.To,
        }.ToJsonString(ManifestJson.Line) + "\n";

        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var separator = string.Empty;
        if (stream.Length > 0)
        {
            // A line cut short by a crash must not swallow this one.
            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() != '\n')
            {
                separator = "\n";
            }
        }

        stream.Seek(0, SeekOrigin.End);
        stream.Write(Encoding.UTF8.GetBytes(separator + line));
        stream.Flush(flushToDisk: true);
    }

    public static IReadOnlyList<PromotionRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var records = new List<PromotionRecord>();
        foreach (var line in File.ReadLines(path))
        {
            if (Parse(line) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static PromotionRecord? Parse(string line)
    {
        try
        {
            if (JsonNode.Parse(line) is not JsonObject json ||
                json["to"]?.GetValue<string>() is not { } to ||
                json["stable"]?.GetValue<string>() is not { } stable ||
                !DateTimeOffset.TryParse(json["at"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return null;
            }

            return new PromotionRecord(at, stable, json["action"]?.GetValue<string>() ?? PromotionRecord.Promote, json["from"]?.GetValue<string>(), to);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
