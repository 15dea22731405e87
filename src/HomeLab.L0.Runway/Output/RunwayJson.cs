using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HomeLab.L0.Runway.Results;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// The manifest's JSON: snake_case keys in declaration order, indented by two spaces, timestamps in UTC ISO-8601
/// with a Z, nulls written as null.
/// </summary>
/// <remarks>
/// Written by hand over <see cref="Utf8JsonWriter"/>: the runway runs on every build, and JsonSerializer's metadata,
/// even source-generated, costs its start-up hundreds of JIT-compiled generic methods.
/// </remarks>
public static class RunwayJson
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // The manifest is read by people and tools, never embedded in HTML: keep quotes and apostrophes as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(RunwayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteResult(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteResult(Utf8JsonWriter writer, RunwayResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("status"u8, result.Status == RunwayStatus.Ok ? "OK" : "FAIL");
        writer.WriteString("proxmox_host"u8, result.ProxmoxHost);
        writer.WriteString("api_url"u8, result.ApiUrl);
        writer.WriteString("node"u8, result.Node);
        writer.WriteString("pve_version"u8, result.PveVersion);
        writer.WriteString("bridge"u8, result.Bridge);
        writer.WriteStartObject("storage"u8);
        WriteFigures(writer, "iso"u8, result.Storage.Iso);
        WriteFigures(writer, "vm"u8, result.Storage.Vm);
        writer.WriteEndObject();
        WriteArray(writer, "tools"u8, result.Tools, WriteTool);
        WriteArray(writer, "checks"u8, result.Checks, WriteCheck);
        WriteArray(writer, "failures"u8, result.Failures, (w, failure) => w.WriteStringValue(failure));
        WriteArray(writer, "notes"u8, result.Notes, (w, note) => w.WriteStringValue(note));
        writer.WriteString("generated_at"u8, result.GeneratedAt.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, ReadOnlySpan<byte> name, StorageFigures? figures)
    {
        if (figures is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("id"u8, figures.Id);
        writer.WriteNumber("total"u8, figures.Total);
        writer.WriteNumber("used"u8, figures.Used);
        writer.WriteNumber("avail"u8, figures.Avail);
        writer.WriteNumber("free_gib"u8, figures.FreeGib);
        writer.WriteNumber("free_pct"u8, figures.FreePct);
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ToolReport tool)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, tool.Name);
        writer.WriteString("needed_by"u8, tool.NeededBy);
        writer.WriteBoolean("found"u8, tool.Found);
        writer.WriteString("path"u8, tool.Path);
        writer.WriteString("version"u8, tool.Version);
        writer.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter writer, CheckResult check)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, check.Name);
        writer.WriteString("status"u8, check.Status switch
        {
            CheckStatus.Ok => "OK",
            CheckStatus.Warn => "WARN",
            CheckStatus.Fail => "FAIL",
            _ => "SKIPPED",
        });
        writer.WriteString("detail"u8, check.Detail);
        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
