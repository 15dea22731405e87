using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Cluster;

/// <summary>
/// Reads the cluster in one round trip: GET /nodes and GET /nodes/{node}/qemu for each node the specs name, all sent at
/// once. A node that is missing or offline fails its listing; the node list says why, so that failure is expected.
/// </summary>
public static class ClusterReader
{
    public static async Task<ClusterSnapshot> ReadAsync(IProxmoxClient client, IEnumerable<string> nodeNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(nodeNames);
        var names = nodeNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var nodesRead = Capture(client.GetNodesAsync(cancellationToken));
        var listingsRead = names.Select(name => Capture(client.ListVmsAsync(name, cancellationToken))).ToList();

        var (nodes, nodesError) = await nodesRead.ConfigureAwait(false);
        var listings = new List<NodeListing>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var (vms, error) = await listingsRead[i].ConfigureAwait(false);
            listings.Add(new NodeListing(names[i], vms, error));
        }

        return new ClusterSnapshot(nodes, nodesError, listings);
    }

    /// <summary>The answer, or the client's plain message when it failed; cancellation and bugs still throw.</summary>
    private static async Task<(T? Value, string? Error)> Capture<T>(Task<T> call)
        where T : class
    {
        try
        {
            return (await call.ConfigureAwait(false), null);
        }
        catch (ProxmoxException exception)
        {
            return (null, exception.Message);
        }
    }
}
