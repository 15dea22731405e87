using HomeLab.Proxmox.Simulator.Qemu;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// POST /nodes/{node}/qemu. Synchronously: schema (400), permissions and storages (403/500/400), then the VMID
/// (500 "unable to create VM … already exists on node '…'"), which is reserved with lock "create". The qmcreate
/// task then allocates and imports the disks; if it fails, the VM and its new disks are gone again.
/// </summary>
internal static class QemuCreateEndpoint
{
    public static void Map(ApiRoutes routes) =>
        routes.Post("/nodes/{node}/qemu")
            .OnNode()
            .Parameters(ConfigSchema.IsCreateParameter)
            .Needs("vmid")
            .Validates(CreateValidation.Check)
            .Handle(async call =>
            {
                var parameters = call.Parameters;
                var vmId = int.Parse(parameters["vmid"], System.Globalization.CultureInfo.InvariantCulture);
                if (CreateAccess.Check(call, vmId, parameters) is { } problem)
                {
                    await problem.WriteAsync(call.Http).ConfigureAwait(false);
                    return;
                }

                var node = call.Node;
                var vm = new SimVm(vmId) { Lock = "create" };
                if (!call.State.TryReserveVm(node, vm, out var holder))
                {
                    await ApiResponse.Died(call.Http, $"unable to create VM {vmId} - VM {vmId} already exists on node '{holder!.Name}'").ConfigureAwait(false);
                    return;
                }

                var worker = new CreateWorker(node, vm, parameters);
                var task = call.Simulator.Tasks.Start(node, "qmcreate", vmId.ToString(System.Globalization.CultureInfo.InvariantCulture), call.Token, worker.RunAsync, worker.RollBack);
                await ApiResponse.Data(call.Http, task.Upid).ConfigureAwait(false);
            });
}
