using System.Globalization;
using HomeLab.Proxmox.Simulator.Tasks;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// The qmcreate worker: allocates or imports each disk and the cloud-init drive, logs each one as qemu-server does,
/// then writes the config (with meta ctime, smbios1 uuid, vmgenid and generated MACs) and releases the create lock.
/// </summary>
internal sealed class CreateWorker(SimNode node, SimVm vm, IReadOnlyDictionary<string, string> parameters)
{
    private readonly List<(SimStorage Storage, string VolId)> _created = [];

    public Task RunAsync(TaskContext task)
    {
        var config = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var drive in CreateAccess.Drives(parameters))
        {
            config[drive.Key] = CreateDrive(task, drive);
        }

        foreach (var (key, value) in parameters)
        {
            if (DriveSpec.IsDriveKey(key) || key is "vmid" or "storage" or "pool" or "start" or "unique" or "bwlimit")
            {
                continue;
            }

            config[key] = key switch
            {
                "tags" => CreateValidation.NormaliseTags(value),
                _ when key.StartsWith("net", StringComparison.Ordinal) => WithMac(value),
                _ => value,
            };
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        config["meta"] = $"creation-qemu=9.2.0,ctime={now.ToString(CultureInfo.InvariantCulture)}";
        config["smbios1"] = $"uuid={Guid.NewGuid()}";
        config["vmgenid"] = Guid.NewGuid().ToString();
        foreach (var (key, value) in config)
        {
            vm.Set(key, value);
        }

        vm.Lock = null;
        vm.Running = parameters.GetValueOrDefault("start") == "1";
        return Task.CompletedTask;
    }

    /// <summary>Undoes the reservation and whatever disks were made, as a failed create does.</summary>
    public void RollBack()
    {
        foreach (var (storage, volId) in _created)
        {
            storage.RemoveVolume(volId);
        }

        if (node.FindVm(vm.VmId) == vm)
        {
            node.RemoveVm(vm.VmId);
        }
    }

    private string CreateDrive(TaskContext task, DriveSpec drive)
    {
        if (drive.IsCloudInit)
        {
            var volume = Track(VmDisks.AllocateCloudInit(node.Storage(drive.StorageId!), vm.VmId));
            var value = $"{volume.VolId},media=cdrom";
            task.Log($"{drive.Key}: successfully created disk '{value}'");
            return value;
        }

        if (drive.ImportFrom is { } source)
        {
            var original = FindSource(source)
                ?? throw new TaskFailure($"unable to create VM {vm.VmId} - volume '{source}' does not exist");
            task.Log($"importing disk '{source}' to VM {vm.VmId} ...");
            var imported = Track(VmDisks.Allocate(node.Storage(drive.StorageId!), vm.VmId, original.Size, drive.Option("format")));
            task.Log($"transferred 0.0 B of {ByteText.Format(original.Size)} (0.00%)");
            task.Log($"transferred {ByteText.Format(original.Size)} of {ByteText.Format(original.Size)} (100.00%)");
            var value = drive.Render(imported.VolId, imported.Size);
            task.Log($"{drive.Key}: successfully created disk '{value}'");
            return value;
        }

        if (drive.NewSizeGiB is { } gib)
        {
            var size = (long)(gib * DiskSize.GiB);
            var volume = Track(VmDisks.Allocate(node.Storage(drive.StorageId!), vm.VmId, size, drive.Option("format")));
            var value = drive.Render(volume.VolId, size);
            task.Log($"{drive.Key}: successfully created disk '{value}'");
            return value;
        }

        return parameters[drive.Key];
    }

    private SimVolume? FindSource(string volId)
    {
        var storageId = volId[..volId.IndexOf(':')];
        return node.FindStorage(storageId)?.FindVolume(volId);
    }

    private SimVolume Track(SimVolume volume)
    {
        _created.Add((node.Storage(volume.StorageId), volume.VolId));
        return volume;
    }

    /// <summary>"virtio,bridge=vmbr0" → "virtio=BC:24:11:xx:xx:xx,bridge=vmbr0", as Proxmox fills in a MAC.</summary>
    private static string WithMac(string net)
    {
        var parts = net.Split(',').ToList();
        var model = parts.FindIndex(p => !p.Contains('=') || p.StartsWith("model=", StringComparison.Ordinal));
        if (model < 0 || parts.Any(p => p.StartsWith("macaddr=", StringComparison.Ordinal)))
        {
            return net;
        }

        var name = parts[model].StartsWith("model=", StringComparison.Ordinal) ? parts[model]["model=".Length..] : parts[model];
        var tail = Random.Shared.GetItems("0123456789ABCDEF".ToCharArray(), 6);
        parts[model] = $"{name}=BC:24:11:{tail[0]}{tail[1]}:{tail[2]}{tail[3]}:{tail[4]}{tail[5]}";
        return string.Join(',', parts);
    }
}
