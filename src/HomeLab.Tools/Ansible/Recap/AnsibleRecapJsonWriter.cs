using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HomeLab.Tools.Ansible.Recap;

/// <summary>
/// Writes a playbook run's recap as JSON (<c>artifacts/l3/recap.json</c>, <c>artifacts/l4/recap.json</c>), atomically:
/// <c>{ "generated_at", "playbook", "exit_code", "check", "succeeded", "summary": {hosts, ok, changed, failed,
/// unreachable}, "hosts": [{host, outcome, ok, changed, unreachable, failed, skipped, rescued, ignored}] }</c>.
/// Outcomes are lower-case.
/// </summary>
public static class AnsibleRecapJsonWriter
{
    /// <summary>Writes <paramref name="result"/>'s recap to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, AnsiblePlaybookResult result, DateTimeOffset generatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(temporary, ToJson(result, generatedAt));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The JSON <see cref="Write"/> writes, ending with a newline.</summary>
    public static string ToJson(AnsiblePlaybookResult result, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var recap = result.Recap;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generated_at", generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("playbook", result.Playbook);
            json.WriteNumber("exit_code", result.ExitCode);
            json.WriteBoolean("check", result.Check);
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteStartObject("summary");
            json.WriteNumber("hosts", recap.Hosts.Count);
            foreach (var outcome in Enum.GetValues<AnsibleHostOutcome>())
            {
                json.WriteNumber(OutcomeName(outcome), recap.Count(outcome));
            }

            json.WriteEndObject();
            json.WriteStartArray("hosts");
            foreach (var host in recap.Hosts)
            {
                WriteHost(json, host);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The outcome as the JSON writes it: <c>ok</c>, <c>changed</c>, <c>failed</c> or <c>unreachable</c>.</summary>
    public static string OutcomeName(AnsibleHostOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static void WriteHost(Utf8JsonWriter json, AnsibleHostRecap host)
    {
        json.WriteStartObject();
        json.WriteString("host", host.Host);
        json.WriteString("outcome", OutcomeName(host.Outcome));
        json.WriteNumber("ok", host.Ok);
        json.WriteNumber("changed", host.Changed);
        json.WriteNumber("unreachable", host.Unreachable);
        json.WriteNumber("failed", host.Failed);
        json.WriteNumber("skipped", host.Skipped);
        json.WriteNumber("rescued", host.Rescued);
        json.WriteNumber("ignored", host.Ignored);
        json.WriteEndObject();
    }
}
