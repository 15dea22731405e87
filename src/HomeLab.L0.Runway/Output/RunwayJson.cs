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
        writer.WritePropertyName("status"u8);
        WriteStatus(writer, result.Status switch
        {
            RunwayStatus.Ok => "OK",
            RunwayStatus.Fail => "FAIL",
            _ => null,
        }, (int)result.Status);
        writer.WriteString("proxmox_host"u8, result.ProxmoxHost);
        writer.WriteString("api_url"u8, result.ApiUrl);
        writer.WriteString("node"u8, result.Node);
        writer.WriteString("pve_version"u8, result.PveVersion);
        writer.WriteString("bridge"u8, result.Bridge);
        writer.WritePropertyName("storage"u8);
        WriteStorage(writer, result.Storage);
        writer.WritePropertyName("tools"u8);
        WriteTools(writer, result.Tools);
        writer.WritePropertyName("checks"u8);
        WriteChecks(writer, result.Checks);
        writer.WritePropertyName("failures"u8);
        WriteStrings(writer, result.Failures);
        writer.WritePropertyName("notes"u8);
        WriteStrings(writer, result.Notes);
        writer.WriteString("generated_at"u8, result.GeneratedAt.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteStorage(Utf8JsonWriter writer, StorageReport? storage)
    {
        if (storage is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("iso"u8);
        WriteFigures(writer, storage.Iso);
        writer.WritePropertyName("vm"u8);
        WriteFigures(writer, storage.Vm);
        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, StorageFigures? figures)
    {
        if (figures is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, figures.Id);
        writer.WriteNumber("total"u8, figures.Total);
        writer.WriteNumber("used"u8, figures.Used);
        writer.WriteNumber("avail"u8, figures.Avail);
        writer.WriteNumber("free_gib"u8, figures.FreeGib);
        writer.WriteNumber("free_pct"u8, figures.FreePct);
        writer.WriteEndObject();
    }

    private static void WriteTools(Utf8JsonWriter writer, IReadOnlyList<ToolReport?>? tools)
    {
        if (tools is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var tool in tools)
        {
            if (tool is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("name"u8, tool.Name);
            writer.WriteString("needed_by"u8, tool.NeededBy);
            writer.WriteBoolean("found"u8, tool.Found);
            writer.WriteString("path"u8, tool.Path);
            writer.WriteString("version"u8, tool.Version);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteChecks(Utf8JsonWriter writer, IReadOnlyList<CheckResult?>? checks)
    {
        if (checks is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var check in checks)
        {
            if (check is null)
            {
                writer.WriteNullValue();
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("name"u8, check.Name);
            writer.WritePropertyName("status"u8);
            WriteStatus(writer, check.Status switch
            {
                CheckStatus.Ok => "OK",
                CheckStatus.Warn => "WARN",
                CheckStatus.Fail => "FAIL",
                CheckStatus.Skipped => "SKIPPED",
                _ => null,
            }, (int)check.Status);
            writer.WriteString("detail"u8, check.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string?>? items)
    {
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    /// <summary>A status by its name; a value outside the enum, which no check produces, as its number.</summary>
    private static void WriteStatus(Utf8JsonWriter writer, string? name, int value)
    {
        if (name is null)
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(name);
        }
    }
}
