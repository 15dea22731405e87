namespace HomeLab.Proxmox;

/// <summary>One entry of GET /nodes/{node}/qemu. <see cref="IsTemplate"/> is absent on the wire unless true.</summary>
public sealed record PveVm(
    int VmId,
    string Name,
    string Status,
    bool IsTemplate,
    IReadOnlyList<string> Tags,
    string? Lock,
    double Cpus,
    long MaxMem,
    long MaxDisk,
    long Uptime)
{
    public bool IsRunning => string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase);
}
