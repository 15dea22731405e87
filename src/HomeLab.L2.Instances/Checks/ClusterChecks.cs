using HomeLab.L2.Instances.Cluster;
using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>
/// Against what the cluster said (read-only, from one <see cref="ClusterSnapshot"/>): each host's node exists and is
/// online, and its template's VMID is a template on that node.
/// </summary>
public static class ClusterChecks
{
    public static IReadOnlyList<InstanceProblem> Check(IReadOnlyList<HostPlacement> placements, ClusterSnapshot cluster)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(cluster);
        var problems = new List<InstanceProblem>();
        if (cluster.Nodes is null)
        {
            problems.Add(new InstanceProblem(null, null, null,
                $"Proxmox API: {cluster.NodesError}; the hosts' nodes and templates could not be checked."));
            return problems;
        }

        foreach (var listing in cluster.Listings.Where(l => !l.Succeeded && cluster.FindNode(l.Node) is { IsOnline: true }))
        {
            problems.Add(new InstanceProblem(null, null, null,
                $"Proxmox API: the VMs of node {listing.Node} could not be listed ({listing.Error}); its hosts' templates were not checked."));
        }

        foreach (var placement in placements)
        {
            if (CheckNode(placement, cluster) is { } nodeProblem)
            {
                problems.Add(nodeProblem);
            }
            else if (CheckTemplate(placement, cluster) is { } templateProblem)
            {
                problems.Add(templateProblem);
            }
        }

        return problems;
    }

    private static InstanceProblem? CheckNode(HostPlacement placement, ClusterSnapshot cluster)
    {
        var (spec, host, _) = placement;
        var node = cluster.FindNode(host.Node);
        if (node is null)
        {
            var known = string.Join(", ", cluster.Nodes!.Select(n => n.Node).Order(StringComparer.Ordinal));
            return InstanceProblem.AtField(spec, host, PersonaFields.Node,
                $"node {host.Node} is not in the cluster; use one of its nodes ({known}).");
        }

        return node.IsOnline
            ? null
            : InstanceProblem.AtField(spec, host, PersonaFields.Node,
                $"node {host.Node} is {node.Status}; bring it back online, or move the host to an online node.");
    }

    private static InstanceProblem? CheckTemplate(HostPlacement placement, ClusterSnapshot cluster)
    {
        var (spec, host, template) = placement;
        if (template?.Vmid is not { } vmid || cluster.FindListing(host.Node)?.Vms is not { } vms)
        {
            return null;
        }

        var vm = vms.FirstOrDefault(v => v.VmId == vmid);
        if (vm is null)
        {
            var elsewhere = cluster.Listings.FirstOrDefault(l => l.Vms?.Any(v => v.VmId == vmid) == true)?.Node;
            var where = elsewhere is null ? string.Empty : $" (it is on node {elsewhere})";
            return InstanceProblem.AtField(spec, host, PersonaFields.TemplateRef,
                $"template VM {vmid} of {template.DisplayPath} is not on node {host.Node}{where}; build the template there (L1) or place the host on the template's node.");
        }

        return vm.IsTemplate
            ? null
            : InstanceProblem.AtField(spec, host, PersonaFields.TemplateRef,
                $"VM {vmid} ({vm.Name}) on node {host.Node}, named by {template.DisplayPath}, is not a template; promote the artifact of a template build.");
    }
}
