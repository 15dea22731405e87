using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Drift;

/// <summary>
/// Writes a drift report as JSON (<c>artifacts/l2/drift.json</c>), atomically:
/// <c>{ "generated_at", "summary": {matches, differs, missing, unknown, unclaimed}, "hosts": [{os, persona, host, node,
/// state, vmid, actual_node, differences: [{field, expected, actual}], reason}], "unclaimed": [{os, persona, node, vmid,
/// name, tags}] }</c>. States are lower-case; absent values are null.
/// </summary>
public static class DriftJsonWriter
{
    public static void Write(string path, DriftReport report, DateTimeOffset generatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Replace(path, ToJson(report, generatedAt));
    }

    public static string ToJson(DriftReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generated_at", generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("summary");
            foreach (var state in Enum.GetValues<HostDriftState>())
            {
                json.WriteNumber(StateName(state), report.Count(state));
            }

            json.WriteNumber("unclaimed", report.Unclaimed.Count);
            json.WriteEndObject();
            json.WriteStartArray("hosts");
            foreach (var host in report.Hosts)
            {
                WriteHost(json, host);
            }

            json.WriteEndArray();
            json.WriteStartArray("unclaimed");
            foreach (var vm in report.Unclaimed)
            {
                WriteUnclaimed(json, vm);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string StateName(HostDriftState state) => state.ToString().ToLowerInvariant();

    private static void WriteHost(Utf8JsonWriter json, HostDrift host)
    {
        json.WriteStartObject();
        json.WriteString("os", host.Persona.Os);
        json.WriteString("persona", host.Persona.Persona);
        json.WriteString("host", host.Host);
        json.WriteString("node", host.Node);
        json.WriteString("state", StateName(host.State));
        WriteNullable(json, "vmid", host.VmId);
        json.WriteString("actual_node", host.ActualNode);
        json.WriteStartArray("differences");
        foreach (var difference in host.Differences)
        {
            json.WriteStartObject();
            json.WriteString("field", difference.Field);
            json.WriteString("expected", difference.Expected);
            json.WriteString("actual", difference.Actual);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("reason", host.Reason);
        json.WriteEndObject();
    }

    private static void WriteUnclaimed(Utf8JsonWriter json, UnclaimedVm vm)
    {
        json.WriteStartObject();
        json.WriteString("os", vm.Persona.Os);
        json.WriteString("persona", vm.Persona.Persona);
        json.WriteString("node", vm.Node);
        json.WriteNumber("vmid", vm.VmId);
        json.WriteString("name", vm.Name);
        json.WriteStartArray("tags");
        foreach (var tag in vm.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
