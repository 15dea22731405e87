namespace HomeLab.Proxmox;

/// <summary>One entry of GET /nodes. Stats are absent for offline nodes or without Sys.Audit.</summary>
public sealed record PveNode(string Node, string Status, string? SslFingerprint, long? MaxCpu, long? MaxMem)
{
    public bool IsOnline => string.Equals(Status, "online", StringComparison.OrdinalIgnoreCase);
}
