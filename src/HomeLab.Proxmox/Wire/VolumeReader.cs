using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>Reads GET …/storage/{storage}/content.</summary>
internal static class VolumeReader
{
    public static IReadOnlyList<PveStorageVolume> Content(JsonElement data) =>
        data.Items().Select(item => new PveStorageVolume(
            item.RequiredText("volid"),
            item.Text("content") ?? "unknown",
            item.Text("format"),
            item.Integer("size") ?? 0,
            item.Integer("ctime") is { } ctime ? DateTimeOffset.FromUnixTimeSeconds(ctime) : null,
            item.Integer("vmid") is { } vmid ? (int)vmid : null,
            item.Text("notes"))).ToList();
}
