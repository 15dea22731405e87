using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Cluster;

/// <summary>
/// What L2 read from Proxmox, once, for its checks and its drift report: the cluster's nodes and the VM listing of each
/// node the specs name.
/// </summary>
public sealed class ClusterSnapshot
{
    private readonly Dictionary<string, PveNode> _nodes;

    public ClusterSnapshot(IReadOnlyList<PveNode>? nodes, string? nodesError, IReadOnlyList<NodeListing> listings)
    {
        ArgumentNullException.ThrowIfNull(listings);
        Nodes = nodes;
        NodesError = nodesError;
        Listings = listings;
        _nodes = (nodes ?? []).GroupBy(n => n.Node, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>GET /nodes; null when it failed (see <see cref="NodesError"/>).</summary>
    public IReadOnlyList<PveNode>? Nodes { get; }

    public string? NodesError { get; }

    /// <summary>One listing per node the specs name, in ordinal order of the node names.</summary>
    public IReadOnlyList<NodeListing> Listings { get; }

    public PveNode? FindNode(string name) => _nodes.GetValueOrDefault(name);

    public NodeListing? FindListing(string node) => Listings.FirstOrDefault(l => l.Node == node);
}
