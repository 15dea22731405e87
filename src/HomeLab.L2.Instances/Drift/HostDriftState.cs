namespace HomeLab.L2.Instances.Drift;

/// <summary>How a host of a spec compares with the VM of its name on Proxmox.</summary>
public enum HostDriftState
{
    /// <summary>A VM of its name exists with the spec's cores, memory and tags.</summary>
    Matches,

    /// <summary>A VM of its name exists, but differs (see <see cref="HostDrift.Differences"/>).</summary>
    Differs,

    /// <summary>No VM has its name: Terraform would create it.</summary>
    Missing,

    /// <summary>Its node's VMs could not be listed (offline, unknown, or refused): nothing can be said.</summary>
    Unknown,
}
