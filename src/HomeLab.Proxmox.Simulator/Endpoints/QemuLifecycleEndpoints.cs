using System.Globalization;
using HomeLab.Proxmox.Simulator.Qemu;
using HomeLab.Proxmox.Simulator.Tasks;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// POST …/{vmid}/template (qmtemplate), DELETE …/{vmid} (qmdestroy, query parameters only) and
/// POST …/{vmid}/status/stop (qmstop): the immediate 500s first, then a task that does the work.
/// </summary>
internal static class QemuLifecycleEndpoints
{
    public static void Map(ApiRoutes routes)
    {
        routes.Post("/nodes/{node}/qemu/{vmid}/template")
            .Requires("/vms/{vmid}", "VM.Allocate")
            .OnNode()
            .Parameters("disk")
            .Handle(async call =>
            {
                if (await QemuEndpoints.FindAsync(call).ConfigureAwait(false) is not { } vm)
                {
                    return;
                }

                var refusal = vm switch
                {
                    { Lock: { } lockName } => $"VM is locked ({lockName})",
                    { HasSnapshots: true } => "unable to create template, because VM contains snapshots",
                    { IsTemplate: true } => "you can't convert a template to a template",
                    { Running: true } => "you can't convert a VM to template if VM is running",
                    _ => null,
                };
                if (refusal is not null)
                {
                    await ApiResponse.Died(call.Http, refusal).ConfigureAwait(false);
                    return;
                }

                var node = call.Node;
                var onlyDisk = call.Param("disk");
                await StartAsync(call, "qmtemplate", vm, task => ConvertToTemplate(task, node, vm, onlyDisk)).ConfigureAwait(false);
            });

        routes.Delete("/nodes/{node}/qemu/{vmid}")
            .Requires("/vms/{vmid}", "VM.Allocate")
            .OnNode()
            .Parameters("purge", "destroy-unreferenced-disks", "skiplock")
            .Handle(async call =>
            {
                if (call.Param("skiplock") is not null)
                {
                    await ApiResponse.ParameterError(call.Http, "skiplock", "Only root may use this option.").ConfigureAwait(false);
                    return;
                }

                if (await QemuEndpoints.FindAsync(call).ConfigureAwait(false) is not { } vm)
                {
                    return;
                }

                var purge = call.ParamFlag("purge");
                var refusal = vm switch
                {
                    { IsProtected: true } => $"can't remove VM {vm.VmId} - protection mode enabled",
                    { Lock: { } lockName } => $"VM is locked ({lockName})",
                    { Running: true } => $"VM {vm.VmId} is running - destroy failed",
                    { HaManaged: true } when !purge => $"unable to remove VM {vm.VmId} - used in HA resources and purge parameter not set.",
                    _ => null,
                };
                if (refusal is not null)
                {
                    await ApiResponse.Died(call.Http, refusal).ConfigureAwait(false);
                    return;
                }

                var node = call.Node;
                var unreferenced = call.ParamFlag("destroy-unreferenced-disks");
                await StartAsync(call, "qmdestroy", vm, task => Destroy(task, node, vm, purge, unreferenced)).ConfigureAwait(false);
            });

        routes.Post("/nodes/{node}/qemu/{vmid}/status/stop")
            .Requires("/vms/{vmid}", "VM.PowerMgmt")
            .OnNode()
            .Parameters("timeout", "keepActive", "migratedfrom", "skiplock", "overrule-shutdown")
            .Handle(async call =>
            {
                var node = call.Node;
                var vmId = call.VmId;
                var task = call.Simulator.Tasks.Start(node, "qmstop", vmId.ToString(CultureInfo.InvariantCulture), call.Token, _ =>
                {
                    var vm = node.FindVm(vmId) ?? throw new TaskFailure($"unable to find configuration file for VM {vmId} on node '{node.Name}'");
                    vm.Running = false;
                    return Task.CompletedTask;
                });
                await ApiResponse.Data(call.Http, task.Upid).ConfigureAwait(false);
            });
    }

    private static Task StartAsync(ApiCall call, string type, SimVm vm, Action<TaskContext> work)
    {
        var task = call.Simulator.Tasks.Start(call.Node, type, vm.VmId.ToString(CultureInfo.InvariantCulture), call.Token, context =>
        {
            work(context);
            return Task.CompletedTask;
        });
        return ApiResponse.Data(call.Http, task.Upid);
    }

    /// <summary>Renames every disk (not CD-ROMs or the cloud-init drive) to base-…, then sets template: 1.</summary>
    private static void ConvertToTemplate(TaskContext task, SimNode node, SimVm vm, string? onlyDisk)
    {
        foreach (var (key, value) in vm.Config.Where(pair => DriveSpec.IsDriveKey(pair.Key) && (onlyDisk is null || pair.Key == onlyDisk)))
        {
            var drive = DriveSpec.Parse(key, value);
            if (drive.IsCdrom || drive.IsCloudInit || drive.StorageId is not { } storageId
                || node.FindStorage(storageId) is not { } storage
                || storage.FindVolume(drive.Volume) is not { } volume
                || VmDisks.BaseVolId(volume.VolId, vm.VmId) is not { } baseVolId)
            {
                continue;
            }

            VmDisks.Rename(storage, volume, baseVolId);
            vm.Set(key, baseVolId + value[drive.Volume.Length..]);
            if (VmDisks.IsBlockStorage(storage))
            {
                var (oldName, newName) = (volume.VolName, baseVolId[(baseVolId.IndexOf(':') + 1)..]);
                task.Log($"  Renamed \"{oldName}\" to \"{newName}\" in volume group \"pve\"");
                task.Log($"  Logical volume pve/{newName} changed.");
            }
        }

        vm.Set("template", "1");
    }

    /// <summary>Removes the VM's disks (all disks named for it, with destroy-unreferenced-disks) and the VM.</summary>
    private static void Destroy(TaskContext task, SimNode node, SimVm vm, bool purge, bool unreferenced)
    {
        var referenced = vm.Config
            .Where(pair => DriveSpec.IsDriveKey(pair.Key))
            .Select(pair => DriveSpec.Parse(pair.Key, pair.Value).Volume)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var storage in node.Storages.Where(s => s.Enabled))
        {
            foreach (var volume in storage.Volumes.Where(v => v.VmId == vm.VmId && (unreferenced || referenced.Contains(v.VolId))))
            {
                storage.RemoveVolume(volume.VolId);
                if (VmDisks.IsBlockStorage(storage))
                {
                    task.Log($"  Logical volume \"{volume.VolName}\" successfully removed.");
                }
            }
        }

        if (purge)
        {
            task.Log($"purging VM {vm.VmId} from related configurations..");
        }

        node.RemoveVm(vm.VmId);
    }
}
