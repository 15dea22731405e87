using HomeLab.Proxmox.Simulator.Qemu;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /nodes/{node}/qemu (the node's VMs the token may audit), …/{vmid}/config and …/{vmid}/status/current
/// (VM.Audit; a VM that is not on that node is 500 "Configuration file … does not exist").
/// </summary>
internal static class QemuEndpoints
{
    public static void Map(ApiRoutes routes)
    {
        routes.Get("/nodes/{node}/qemu").OnNode().Parameters("full").Handle(call =>
            ApiResponse.Data(call.Http, ApiResponse.Array(call.Node.Vms
                .Where(vm => call.Token.Has($"/vms/{vm.VmId}", "VM.Audit"))
                .Select(vm => VmJson.ListEntry(vm)))));

        routes.Get("/nodes/{node}/qemu/{vmid}/config")
            .Requires("/vms/{vmid}", "VM.Audit")
            .OnNode()
            .Parameters("current", "snapshot")
            .Handle(async call =>
            {
                if (await FindAsync(call).ConfigureAwait(false) is { } vm)
                {
                    await ApiResponse.Data(call.Http, VmJson.Config(vm)).ConfigureAwait(false);
                }
            });

        routes.Get("/nodes/{node}/qemu/{vmid}/status/current")
            .Requires("/vms/{vmid}", "VM.Audit")
            .OnNode()
            .Parameters()
            .Handle(async call =>
            {
                if (await FindAsync(call).ConfigureAwait(false) is { } vm)
                {
                    await ApiResponse.Data(call.Http, VmJson.Status(vm)).ConfigureAwait(false);
                }
            });
    }

    /// <summary>The {vmid} on the {node}, or null after answering 500 as a missing config file does.</summary>
    public static async Task<SimVm?> FindAsync(ApiCall call)
    {
        if (call.Node.FindVm(call.VmId) is { } vm)
        {
            return vm;
        }

        await ApiResponse.Died(call.Http, MissingConfig(call.Node.Name, call.VmId)).ConfigureAwait(false);
        return null;
    }

    public static string MissingConfig(string node, int vmId) => $"Configuration file 'nodes/{node}/qemu-server/{vmId}.conf' does not exist";
}
