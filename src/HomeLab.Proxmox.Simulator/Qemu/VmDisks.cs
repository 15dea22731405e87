namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// Allocates and renames VM images the way the storage plugins name them: <c>vm-&lt;id&gt;-disk-N</c> on block
/// storages (lvmthin, zfs …), <c>&lt;id&gt;/vm-&lt;id&gt;-disk-N.qcow2</c> on file storages; templates use base-.
/// </summary>
internal static class VmDisks
{
    public const long CloudInitSize = 4 * DiskSize.MiB;

    public static SimVolume Allocate(SimStorage storage, int vmId, long size, string? format)
    {
        var used = storage.Volumes.Select(v => v.VolName).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; ; index++)
        {
            var name = $"vm-{vmId}-disk-{index}";
            if (used.Contains(name) || used.Contains($"base-{vmId}-disk-{index}")
                || used.Any(v => v.StartsWith($"{vmId}/{name}.", StringComparison.Ordinal) || v.StartsWith($"{vmId}/base-{vmId}-disk-{index}.", StringComparison.Ordinal)))
            {
                continue;
            }

            return storage.AddVolume(Image(storage, vmId, name, size, format));
        }
    }

    public static SimVolume AllocateCloudInit(SimStorage storage, int vmId) =>
        storage.AddVolume(Image(storage, vmId, $"vm-{vmId}-cloudinit", CloudInitSize, format: null));

    /// <summary>vm-N-disk-M → base-N-disk-M in the volume id; null for volumes that are not plain VM disks.</summary>
    public static string? BaseVolId(string volId, int vmId)
    {
        var plain = $"vm-{vmId}-disk-";
        var colon = volId.IndexOf(':');
        var name = volId[(colon + 1)..];
        var slash = name.LastIndexOf('/');
        var file = name[(slash + 1)..];
        return file.StartsWith(plain, StringComparison.Ordinal)
            ? volId[..(colon + 1)] + name[..(slash + 1)] + "base-" + file["vm-".Length..]
            : null;
    }

    /// <summary>Renames a volume of <paramref name="storage"/>, keeping its size and owner.</summary>
    public static void Rename(SimStorage storage, SimVolume volume, string newVolId)
    {
        var renamed = new SimVolume(newVolId, volume.Content, volume.Format, volume.Size, volume.VmId) { CTime = volume.CTime, Notes = volume.Notes };
        storage.RemoveVolume(volume.VolId);
        storage.AddVolume(renamed);
    }

    public static bool IsBlockStorage(SimStorage storage) => !storage.IsFileBased;

    private static SimVolume Image(SimStorage storage, int vmId, string name, long size, string? format)
    {
        if (storage.IsFileBased)
        {
            var fileFormat = format ?? "qcow2";
            return new SimVolume($"{storage.Id}:{vmId}/{name}.{fileFormat}", "images", fileFormat, size, vmId);
        }

        return new SimVolume($"{storage.Id}:{name}", "images", "raw", size, vmId);
    }
}
