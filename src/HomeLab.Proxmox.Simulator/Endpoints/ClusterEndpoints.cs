using System.Globalization;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /cluster/nextid: open to all. Without vmid, the lowest free id in [lower, upper]; with vmid, that id if free,
/// else 400 "VM &lt;id&gt; already exists". The answer is a JSON STRING, as the Perl encoder emits it.
/// </summary>
internal static class ClusterEndpoints
{
    public static void Map(ApiRoutes routes) =>
        routes.Get("/cluster/nextid").Parameters("vmid").Handle(async call =>
        {
            var state = call.State;
            if (call.Query("vmid") is { } wanted)
            {
                if (ParameterChecks.VmIdError(wanted) is { } error)
                {
                    await ApiResponse.ParameterError(call.Http, "vmid", error).ConfigureAwait(false);
                    return;
                }

                var vmId = int.Parse(wanted, CultureInfo.InvariantCulture);
                if (state.NodeOfVm(vmId) is not null)
                {
                    await ApiResponse.ParameterError(call.Http, "vmid", $"VM {vmId} already exists").ConfigureAwait(false);
                    return;
                }

                await ApiResponse.Data(call.Http, vmId.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                return;
            }

            var used = state.Nodes.SelectMany(n => n.Vms).Select(v => v.VmId).ToHashSet();
            for (var candidate = state.NextIdLower; candidate <= state.NextIdUpper; candidate++)
            {
                if (!used.Contains(candidate))
                {
                    await ApiResponse.Data(call.Http, candidate.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                    return;
                }
            }

            await ApiResponse.Died(call.Http, $"unable to get any free VMID in range [{state.NextIdLower}, {state.NextIdUpper}]").ConfigureAwait(false);
        });
}
