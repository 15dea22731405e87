namespace HomeLab.Proxmox;

/// <summary>GET /nodes/{node}/qemu/{vmid}/status/current.</summary>
public sealed record PveVmStatus(
    int VmId,
    string Name,
    string Status,
    bool IsTemplate,
    string? Lock,
    string? QmpStatus,
    bool HaManaged,
    bool AgentEnabled,
    long MaxMem,
    long MaxDisk,
    long Uptime)
{
    public bool IsRunning => string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase);
}
