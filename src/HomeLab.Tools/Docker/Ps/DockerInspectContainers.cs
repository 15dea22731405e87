using System.Globalization;
using System.Text.Json;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Reads containers with <c>docker inspect --format</c>, for Compose v1 whose <c>ps</c> has no JSON. The template
/// picks only the fields a <see cref="DockerComposeContainer"/> is read from (id, name, service label, image,
/// state, ports), one JSON object per line, so a container's environment (where the secrets are) never reaches this process.
/// </summary>
internal static class DockerInspectContainers
{
    /// <summary>The Go template handed to <c>docker inspect --format</c>.</summary>
    public const string Template =
        "{\"id\":{{json .Id}},\"name\":{{json .Name}},\"service\":{{json (index .Config.Labels \"com.docker.compose.service\")}}," +
        "\"image\":{{json .Config.Image}},\"state\":{{json .State}},\"ports\":{{json .NetworkSettings.Ports}}}";

    /// <exception cref="JsonException">A line is not what the template prints.</exception>
    public static IReadOnlyList<DockerComposeContainer> Parse(IReadOnlyList<string> lines, Func<string, string> redact) => lines
        .Where(line => line.Trim().Length > 0)
        .Select(line => Read(line, redact))
        .OrderBy(c => c.Service, StringComparer.Ordinal)
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    private static DockerComposeContainer Read(string line, Func<string, string> redact)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        // The whole State object: docker's template fails on a missing key, and Health is there only with a health check.
        var stateObject = root.TryGetProperty("state", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        var state = stateObject.ValueKind == JsonValueKind.Object ? Text(stateObject, "Status") : string.Empty;
        var health = stateObject.ValueKind == JsonValueKind.Object && stateObject.TryGetProperty("Health", out var check)
            && check.ValueKind == JsonValueKind.Object ? Text(check, "Status") : string.Empty;
        var exitCode = stateObject.ValueKind == JsonValueKind.Object && stateObject.TryGetProperty("ExitCode", out var code)
            && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : 0;
        var status = health.Length > 0 ? $"{state} ({health})"
            : state is "exited" or "dead" ? $"{state} ({exitCode.ToString(CultureInfo.InvariantCulture)})"
            : state;
        return new DockerComposeContainer(
            redact(Text(root, "service")),
            redact(Text(root, "name").TrimStart('/')),
            redact(state),
            redact(status),
            health.Length == 0 ? null : redact(health),
            Ports(root).Select(redact).Order(StringComparer.Ordinal).ToList(),
            redact(Text(root, "image")),
            Text(root, "id"));
    }

    /// <summary>Docker's port map (<c>"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]</c>) as <c>0.0.0.0:8080-&gt;80/tcp</c>.</summary>
    private static IEnumerable<string> Ports(JsonElement root)
    {
        if (!root.TryGetProperty("ports", out var ports) || ports.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var port in ports.EnumerateObject())
        {
            if (port.Value.ValueKind != JsonValueKind.Array || port.Value.GetArrayLength() == 0)
            {
                yield return port.Name;
                continue;
            }

            foreach (var binding in port.Value.EnumerateArray())
            {
                yield return $"{Text(binding, "HostIp")}:{Text(binding, "HostPort")}->{port.Name}";
            }
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
