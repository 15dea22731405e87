using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HomeLab.L0.Runway.Results;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// The manifest's JSON: snake_case keys in declaration order, indented by two spaces, timestamps in UTC ISO-8601
/// with a Z, nulls written as null. Besides HomeLab's own fields it keeps the original tooling's (<c>runway_status</c>,
/// <c>proxmox.host</c>, <c>proxmox.node</c>, <c>network.bridge</c>, <c>storage.iso.name</c>, <c>storage.iso.free_gib</c>,
/// <c>storage.vm.name</c>, <c>storage.vm.free_pct</c>, <c>notes</c>, <c>failures</c>), so its readers keep working.
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

    private static readonly string[] FigureFields = ["id", "total", "used", "avail", "free_gib", "free_pct"];

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
        var status = result.Status == RunwayStatus.Ok ? "OK" : "FAIL";
        writer.WriteStartObject();
        writer.WriteString("status"u8, status);

        // The original tooling's fields, kept so that a CI step reading its manifest keeps working.
        writer.WriteString("runway_status"u8, status);
        writer.WriteStartObject("proxmox"u8);
        writer.WriteString("host"u8, result.ProxmoxHost);
        writer.WriteString("node"u8, result.Node);
        writer.WriteEndObject();
        writer.WriteStartObject("network"u8);
        writer.WriteString("bridge"u8, result.Bridge);
        writer.WriteEndObject();

        writer.WriteString("proxmox_host"u8, result.ProxmoxHost);
        writer.WriteString("api_url"u8, result.ApiUrl);
        writer.WriteString("node"u8, result.Node);
        writer.WriteString("pve_version"u8, result.PveVersion);
        writer.WriteString("bridge"u8, result.Bridge);
        writer.WriteStartObject("storage"u8);
        WriteStorage(writer, "iso"u8, result.Storage.IsoName, result.Storage.Iso);
        WriteStorage(writer, "vm"u8, result.Storage.VmName, result.Storage.Vm);
        writer.WriteEndObject();
        WriteArray(writer, "tools"u8, result.Tools, WriteTool);
        WriteArray(writer, "checks"u8, result.Checks, WriteCheck);
        WriteArray(writer, "failures"u8, result.Failures, (w, failure) => w.WriteStringValue(failure));
        WriteArray(writer, "warnings"u8, result.Warnings, (w, warning) => w.WriteStringValue(warning));
        WriteArray(writer, "notes"u8, result.Notes, (w, note) => w.WriteStringValue(note));
        writer.WriteString("generated_at"u8, result.GeneratedAt.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    // Always an object, so that storage.iso.name (the original's field) can be read whether or not the figures could.
    private static void WriteStorage(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? configuredName, StorageFigures? figures)
    {
        writer.WriteStartObject(name);
        writer.WriteString("name"u8, configuredName ?? figures?.Id);
        if (figures is null)
        {
            foreach (var field in FigureFields)
            {
                writer.WriteNull(field);
            }
        }
        else
        {
            writer.WriteString("id"u8, figures.Id);
            writer.WriteNumber("total"u8, figures.Total);
            writer.WriteNumber("used"u8, figures.Used);
            writer.WriteNumber("avail"u8, figures.Avail);
            writer.WriteNumber("free_gib"u8, figures.FreeGib);
            writer.WriteNumber("free_pct"u8, figures.FreePct);
        }

        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ToolReport tool)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, tool.Name);
        writer.WriteString("needed_by"u8, tool.NeededBy);
        writer.WriteBoolean("required"u8, tool.Required);
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
