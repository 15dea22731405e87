using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HomeLab.Tools.WhatIf;

/// <summary>
/// <c>artifacts/whatif.json</c>: the same plan as the console shows, for CI to read. Like every artifact it holds no
/// secret: commands come rendered safe, secret variables as <c>[REDACTED]</c>.
/// </summary>
public static class WhatIfJson
{
    /// <summary>The file's name under artifacts/.</summary>
    public const string FileName = "whatif.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the plan to <paramref name="path"/> (replacing it), creating its folder.</summary>
    public static void Write(string path, IReadOnlyList<string> targets, IReadOnlyList<TaskPlan> plans, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson(targets, plans, createdAt));
    }

    /// <summary>The document's text.</summary>
    public static string ToJson(IReadOnlyList<string> targets, IReadOnlyList<TaskPlan> plans, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(plans);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteBoolean("dry_run", true);
            json.WriteString("created_at", createdAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("targets");
            foreach (var target in targets)
            {
                json.WriteStringValue(target);
            }

            json.WriteEndArray();
            json.WriteStartArray("tasks");
            foreach (var plan in plans)
            {
                WriteTask(json, plan);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTask(Utf8JsonWriter json, TaskPlan plan)
    {
        json.WriteStartObject();
        json.WriteString("task", plan.Task);
        json.WriteBoolean("would_run", plan.WouldRun);
        json.WriteString("skip_reason", plan.Skipped);
        json.WriteStartArray("steps");
        foreach (var step in plan.Steps)
        {
            json.WriteStartObject();
            json.WriteString("description", step.Description);
            if (step.ApiCall is { } call)
            {
                json.WriteStartObject("api_call");
                json.WriteString("method", call.Method);
                json.WriteString("path", call.Path);
                json.WriteBoolean("writes", call.Writes);
                json.WriteEndObject();
            }

            if (step.Command is { } command)
            {
                WriteCommand(json, command);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCommand(Utf8JsonWriter json, PlannedCommand command)
    {
        json.WriteStartObject("command");
        json.WriteString("program", command.Program);
        json.WriteString("arguments", command.Arguments);
        json.WriteString("working_directory", command.WorkingDirectory);
        json.WriteStartArray("environment");
        foreach (var variable in command.Environment)
        {
            json.WriteStartObject();
            json.WriteString("name", variable.Name);
            json.WriteString("value", variable.Value);
            json.WriteBoolean("secret", variable.Secret);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
