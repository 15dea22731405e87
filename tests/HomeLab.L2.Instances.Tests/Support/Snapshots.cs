using HomeLab.L2.Instances.Cluster;
using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>Cluster snapshots built in memory, as <see cref="ClusterReader"/> would have read them.</summary>
internal static class Snapshots
{
    public const long MiB = 1024 * 1024;

    public static PveNode Online(string name) => new(name, "online", null, 8, 32 * 1024 * MiB);

    public static PveNode Offline(string name) => new(name, "offline", null, null, null);

    public static PveVm Template(int vmid, string name = "tpl-ubuntu") => new(vmid, name, "stopped", true, [], null, 2, 2048 * MiB, 0, 0);

    public static PveVm Vm(int vmid, string name, double cpus = 4, long memoryMb = 8192, params string[] tags) =>
        new(vmid, name, "running", false, tags, null, cpus, memoryMb * MiB, 0, 0);

    public static NodeListing Listing(string node, params PveVm[] vms) => new(node, vms, null);

    public static ClusterSnapshot Snapshot(IReadOnlyList<PveNode> nodes, params NodeListing[] listings) => new(nodes, null, listings);
}
