using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Check 3: PVE_NODE is a node of the cluster and is online (GET /nodes).</summary>
public sealed class NodeCheck : IApiCheck
{
    public string Name => CheckNames.Node;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node];

    public bool NeedsUsableNode => false;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        var name = settings.Node!;
        IReadOnlyList<PveNode> nodes;
        try
        {
            nodes = await api.Nodes.ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            return CheckResult.Fail(Name, $"Could not list the cluster's nodes: {Reasons.Plain(ex.Message)}.");
        }

        var node = nodes.FirstOrDefault(n => n.Node == name);
        if (node is null)
        {
            return CheckResult.Fail(Name, $"Node '{name}' not found; the cluster has: {Reasons.List(nodes.Select(n => n.Node), "no nodes")}.");
        }

        if (!node.IsOnline)
        {
            return CheckResult.Fail(Name, $"Node '{name}' is {node.Status}, not online; start it or set {LabVariables.Node} to an online node.");
        }

        return CheckResult.Ok(Name, $"node '{name}' is online");
    }
}
