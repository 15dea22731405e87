using HomeLab.L2.Instances.Cluster;
using HomeLab.Proxmox;
using Moq;

namespace HomeLab.L2.Instances.Tests.Unit;

public class ClusterReaderTests
{
    [Test]
    public async Task The_listings_are_asked_for_while_the_node_list_is_outstanding_once_per_node()
    {
        var nodes = new TaskCompletionSource<IReadOnlyList<PveNode>>();
        var asked = new List<string>();
        var client = new Mock<IProxmoxClient>(MockBehavior.Strict);
        client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>())).Returns(() =>
        {
            lock (asked) { asked.Add("nodes"); }
            return nodes.Task;
        });
        client.Setup(c => c.ListVmsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns((string node, CancellationToken _) =>
        {
            lock (asked) { asked.Add(nodes.Task.IsCompleted ? $"{node} after nodes" : $"{node} with nodes"); }
            return Task.FromResult<IReadOnlyList<PveVm>>([]);
        });

        var read = ClusterReader.ReadAsync(client.Object, ["pve", "maturin", "pve"]);
        nodes.SetResult([Snapshots.Online("maturin"), Snapshots.Online("pve")]);
        var cluster = await read;

        Assert.That(asked, Is.EqualTo(new[] { "nodes", "maturin with nodes", "pve with nodes" }));
        Assert.That(cluster.Listings.Select(l => l.Node), Is.EqualTo(new[] { "maturin", "pve" }));
    }

    [Test]
    public async Task Failures_are_kept_as_their_messages()
    {
        var client = new Mock<IProxmoxClient>();
        client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ProxmoxPermissionException("The token lacks Sys.Audit on /nodes.", "/nodes", "Sys.Audit"));
        client.Setup(c => c.ListVmsAsync("pve", It.IsAny<CancellationToken>())).ThrowsAsync(new ProxmoxException("GET /nodes/pve/qemu failed with 595: No route to host."));

        var cluster = await ClusterReader.ReadAsync(client.Object, ["pve"]);

        Assert.That(cluster.Nodes, Is.Null);
        Assert.That(cluster.NodesError, Is.EqualTo("The token lacks Sys.Audit on /nodes."));
        Assert.That(cluster.Listings.Single(), Is.EqualTo(new NodeListing("pve", null, "GET /nodes/pve/qemu failed with 595: No route to host.")));
    }
}
