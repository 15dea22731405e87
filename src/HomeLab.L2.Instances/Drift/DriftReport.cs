namespace HomeLab.L2.Instances.Drift;

/// <summary>The specs against the cluster, before Terraform runs: each host's state, and the VMs no spec names.</summary>
public sealed class DriftReport(IReadOnlyList<HostDrift> hosts, IReadOnlyList<UnclaimedVm> unclaimed)
{
    /// <summary>Every host of the selected personas, in spec order.</summary>
    public IReadOnlyList<HostDrift> Hosts { get; } = hosts;

    /// <summary>VMs carrying a selected persona's tags that no spec of the lab names, by node, then VMID.</summary>
    public IReadOnlyList<UnclaimedVm> Unclaimed { get; } = unclaimed;

    public int Count(HostDriftState state) => Hosts.Count(h => h.State == state);

    /// <summary>Whether every host exists as specified and no VM is unclaimed.</summary>
    public bool IsClean => Hosts.All(h => h.State == HostDriftState.Matches) && Unclaimed.Count == 0;
}
