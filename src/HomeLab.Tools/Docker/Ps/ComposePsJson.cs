using System.Globalization;
using System.Text.Json;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Reads <c>docker compose ps --format json</c> (v2): a JSON array before Compose 2.21, one JSON object per line
/// since. Only the fields a <see cref="DockerComposeContainer"/> holds are read.
/// </summary>
internal static class ComposePsJson
{
    /// <exception cref="JsonException">The text is not Compose's JSON.</exception>
    public static IReadOnlyList<DockerComposeContainer> Parse(IReadOnlyList<string> lines, Func<string, string> redact)
    {
        var text = string.Join('\n', lines).Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var containers = new List<DockerComposeContainer>();
        if (text.StartsWith('['))
        {
            using var document = JsonDocument.Parse(text);
            containers.AddRange(document.RootElement.EnumerateArray().Select(element => Read(element, redact)));
        }
        else
        {
            foreach (var line in lines.Where(line => line.Trim().Length > 0))
            {
                using var document = JsonDocument.Parse(line);
                containers.Add(Read(document.RootElement, redact));
            }
        }

        return containers.OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static DockerComposeContainer Read(JsonElement element, Func<string, string> redact)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("a container is not a JSON object");
        }

        var state = Text(element, "State");
        var health = Text(element, "Health");
        return new DockerComposeContainer(
            redact(Text(element, "Service")),
            redact(Text(element, "Name")),
            redact(state),
            redact(Text(element, "Status") is { Length: > 0 } status ? status : state),
            health.Length == 0 ? null : redact(health),
            Ports(element).Select(redact).Order(StringComparer.Ordinal).ToList(),
            redact(Text(element, "Image")),
            Text(element, "ID"));
    }

    /// <summary>The <c>Ports</c> text when Compose gives it (2.21+), else the ports rebuilt from <c>Publishers</c>.</summary>
    private static IEnumerable<string> Ports(JsonElement element)
    {
        var text = Text(element, "Ports");
        if (text.Length > 0)
        {
            return text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (!element.TryGetProperty("Publishers", out var publishers) || publishers.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return publishers.EnumerateArray().Select(publisher =>
        {
            var target = Number(publisher, "TargetPort");
            var published = Number(publisher, "PublishedPort");
            var protocol = Text(publisher, "Protocol") is { Length: > 0 } p ? p : "tcp";
            var url = Text(publisher, "URL");
            return published is null or "0" ? $"{target}/{protocol}" : $"{url}:{published}->{target}/{protocol}";
        }).Distinct(StringComparer.Ordinal);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static string? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64().ToString(CultureInfo.InvariantCulture)
            : null;
}
