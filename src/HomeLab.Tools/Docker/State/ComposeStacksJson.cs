using System.Text.Encodings.Web;
using System.Text.Json;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Writes stacks' states as JSON (<c>artifacts/l4/stacks.json</c>):
/// <c>{"stacks":[{"host","stack","up","summary","containers":[{"service","name","state","status","health","ports","image"}]}]}</c>,
/// stacks sorted by host and stack. Every text in it was redacted when it was read.
/// </summary>
public static class ComposeStacksJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text for <paramref name="stacks"/>.</summary>
    public static string ToJson(IEnumerable<ComposeStackReport> stacks)
    {
        ArgumentNullException.ThrowIfNull(stacks);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, stacks);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="stacks"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, IEnumerable<ComposeStackReport> stacks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, ToJson(stacks));
    }

    private static void Write(Utf8JsonWriter writer, IEnumerable<ComposeStackReport> stacks)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("stacks");
        foreach (var stack in stacks.OrderBy(s => s.Host, StringComparer.Ordinal).ThenBy(s => s.Stack, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("host", stack.Host);
            writer.WriteString("stack", stack.Stack);
            writer.WriteBoolean("up", stack.State.IsUp);
            writer.WriteString("summary", stack.State.Summary);
            writer.WriteStartArray("containers");
            foreach (var container in stack.State.Containers)
            {
                WriteContainer(writer, container);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteContainer(Utf8JsonWriter writer, DockerComposeContainer container)
    {
        writer.WriteStartObject();
        writer.WriteString("service", container.Service);
        writer.WriteString("name", container.Name);
        writer.WriteString("state", container.State);
        writer.WriteString("status", container.Status);
        if (container.Health is null)
        {
            writer.WriteNull("health");
        }
        else
        {
            writer.WriteString("health", container.Health);
        }

        writer.WriteStartArray("ports");
        foreach (var port in container.Ports)
        {
            writer.WriteStringValue(port);
        }

        writer.WriteEndArray();
        writer.WriteString("image", container.Image);
        writer.WriteEndObject();
    }
}
