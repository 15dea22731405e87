using System.Globalization;
using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>Reads /cluster/nextid, the qemu list, status and config, and the UPIDs that POST/DELETE calls return.</summary>
internal static class VmReader
{
    /// <summary>nextid's data is a string ("100") on real servers; a number is accepted too.</summary>
    public static int NextId(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.String when int.TryParse(data.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) => id,
        JsonValueKind.Number when data.TryGetInt32(out var id) => id,
        _ => throw new WireFormatException($"\"data\" is {data.GetRawText()}, not a VMID"),
    };

    public static Upid Upid(JsonElement data) =>
        data.ValueKind == JsonValueKind.String && Proxmox.Upid.TryParse(data.GetString(), out var upid)
            ? upid
            : throw new WireFormatException($"\"data\" is {data.GetRawText()}, not a task id (UPID)");

    public static IReadOnlyList<PveVm> Vms(JsonElement data) =>
        data.Items().Select(item => new PveVm(
            VmId(item),
            item.Text("name") ?? $"VM {VmId(item)}",
            item.Text("status") ?? "unknown",
            item.Flag("template"),
            Tags(item.Text("tags")),
            item.Text("lock"),
            item.Real("cpus") ?? 0,
            item.Integer("maxmem") ?? 0,
            item.Integer("maxdisk") ?? 0,
            item.Integer("uptime") ?? 0)).ToList();

    public static PveVmStatus Status(JsonElement data)
    {
        var item = data.RequireObject();
        var ha = item.Member("ha");
        return new PveVmStatus(
            VmId(item),
            item.Text("name") ?? $"VM {VmId(item)}",
            item.Text("status") ?? "unknown",
            item.Flag("template"),
            item.Text("lock"),
            item.Text("qmpstatus"),
            ha is { } managed && managed.Flag("managed"),
            item.Flag("agent"),
            item.Integer("maxmem") ?? 0,
            item.Integer("maxdisk") ?? 0,
            item.Integer("uptime") ?? 0);
    }

    public static PveVmConfig Config(JsonElement data)
    {
        var item = data.RequireObject();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject().Where(p => p.Name != "digest"))
        {
            if (item.Text(property.Name) is { } text)
            {
                values[property.Name] = text;
            }
        }

        return new PveVmConfig(values, item.Text("digest"));
    }

    private static int VmId(JsonElement item) =>
        (int)(item.Integer("vmid") ?? throw new WireFormatException("the field \"vmid\" is missing"));

    private static IReadOnlyList<string> Tags(string? tags) => tags?.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];
}
