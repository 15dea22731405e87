using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Cluster;

/// <summary>GET /nodes/{node}/qemu for one node: its VMs and templates, or why they could not be listed.</summary>
public sealed record NodeListing(string Node, IReadOnlyList<PveVm>? Vms, string? Error)
{
    public bool Succeeded => Vms is not null;
}
