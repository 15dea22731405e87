using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HomeLab.Build.RunReport;

/// <summary><c>artifacts/run-report.json</c>: the run, its tasks and the files each layer wrote, in snake_case like HomeLab's other manifests.</summary>
internal static class RunReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, ReportedRun report)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, Options);
        var run = report.Run;
        json.WriteStartObject();
        json.WriteString("homelab_version", report.Version);
        json.WriteStartArray("targets");
        foreach (var target in run.Targets)
        {
            json.WriteStringValue(target);
        }

        json.WriteEndArray();
        json.WriteStartArray("arguments");
        foreach (var argument in run.Arguments)
        {
            json.WriteStringValue(argument);
        }

        json.WriteEndArray();
        json.WriteString("start", run.Start);
        json.WriteString("end", run.End);
        json.WriteNumber("duration_seconds", Seconds(run.End - run.Start));
        json.WriteString("status", report.Outcome);
        json.WriteNumber("exit_code", run.ExitCode);
        WriteOptional(json, "error", run.Error);
        WriteOptional(json, "interrupted_by", run.Interruption);

        json.WriteStartArray("tasks");
        foreach (var task in report.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("name", task.Task.Name);
            WriteOptional(json, "layer", task.Layer);
            json.WriteString("status", Status(task.Task.Status));
            if (task.Task.Start is { } start)
            {
                json.WriteString("start", start);
            }
            else
            {
                json.WriteNull("start");
            }

            json.WriteNumber("duration_seconds", Seconds(task.Task.Duration));
            WriteOptional(json, "criteria", task.Task.Criteria);
            WriteOptional(json, "skip_reason", task.Task.SkipReason);
            WriteOptional(json, "error", task.Task.Error);
            json.WriteStartArray("artifacts");
            foreach (var file in task.Artifacts)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("artifacts");
        foreach (var (layer, files) in report.ArtifactsByLayer)
        {
            json.WriteStartArray(layer);
            foreach (var file in files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The status as the report spells it: <c>succeeded</c>, <c>failed</c>, <c>skipped</c>, <c>interrupted</c>, <c>not_run</c>.</summary>
    public static string Status(Cake.Frosting.TaskRunStatus status) => status switch
    {
        Cake.Frosting.TaskRunStatus.NotRun => "not_run",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 3);

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    internal static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
