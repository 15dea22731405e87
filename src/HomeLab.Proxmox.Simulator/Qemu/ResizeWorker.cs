using HomeLab.Proxmox.Simulator.Endpoints;
using HomeLab.Proxmox.Simulator.Tasks;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// The resize worker, checking in the task what qemu-server 8 checks there, in its order: the VM's config, the digest,
/// the VM's lock, the disk, its volume (not a CD-ROM), Datastore.AllocateSpace on its storage, and the new size (never
/// smaller; the same size changes nothing). Then the volume grows, the log says so as lvextend or qemu-img does, and
/// the drive's <c>size=</c> follows.
/// </summary>
internal sealed class ResizeWorker(SimNode node, int vmId, SimToken token, string disk, string size, string? digest)
{
    /// <summary>LVM's default extent size, for the lvextend log line.</summary>
    private const long ExtentSize = 4 * DiskSize.MiB;

    public Task RunAsync(TaskContext task)
    {
        var vm = node.FindVm(vmId) ?? throw new TaskFailure(QemuEndpoints.MissingConfig(node.Name, vmId));
        if (!string.IsNullOrEmpty(digest) && digest != VmJson.Digest(vm.Config))
        {
            throw new TaskFailure("checksum missmatch (file change by other user?)");
        }

        if (vm.Lock is { } lockName)
        {
            throw new TaskFailure($"VM is locked ({lockName})");
        }

        var value = vm.Get(disk) ?? throw new TaskFailure($"disk '{disk}' does not exist");
        var drive = DriveSpec.Parse(disk, value);
        if (drive.StorageId is not { } storageId)
        {
            throw new TaskFailure($"unable to parse volume ID '{drive.Volume}'");
        }

        if (drive.IsCdrom)
        {
            throw new TaskFailure("you can't resize a cdrom");
        }

        var storage = node.FindStorage(storageId) ?? throw new TaskFailure($"storage '{storageId}' does not exist");
        if (!token.Has($"/storage/{storageId}", "Datastore.AllocateSpace"))
        {
            throw new TaskFailure($"Permission check failed (/storage/{storageId}, Datastore.AllocateSpace)");
        }

        // A VM a test shaped by hand may have only the config line; its size= then stands in for the volume's.
        var volume = storage.FindVolume(drive.Volume);
        var current = volume?.Size ?? DiskSize.Parse(drive.Option("size"))
            ?? throw new TaskFailure($"Could not determine current size of volume '{drive.Volume}'");
        var target = DiskSize.ResizeTarget(size, current) ?? throw new TaskFailure("internal error");
        if (target < current)
        {
            throw new TaskFailure("shrinking disks is not supported");
        }

        if (target == current)
        {
            return Task.CompletedTask;
        }

        if (!vm.Running)
        {
            LogResize(task, storage, drive.Volume, current, target);
        }

        if (volume is not null)
        {
            volume.Size = target;
        }

        vm.Set(disk, drive.Render(drive.Volume, target));
        return Task.CompletedTask;
    }

    /// <summary>What the storage's resize command prints (a running VM is resized by QEMU itself, silently).</summary>
    private static void LogResize(TaskContext task, SimStorage storage, string volId, long from, long to)
    {
        if (!VmDisks.IsBlockStorage(storage))
        {
            task.Log("Image resized.");
            return;
        }

        var name = volId[(volId.IndexOf(':') + 1)..];
        task.Log($"  Size of logical volume pve/{name} changed from {ByteText.Format(from)} ({Extents(from)} extents) to {ByteText.Format(to)} ({Extents(to)} extents).");
        task.Log($"  Logical volume pve/{name} successfully resized.");
    }

    private static long Extents(long bytes) => (bytes + ExtentSize - 1) / ExtentSize;
}
