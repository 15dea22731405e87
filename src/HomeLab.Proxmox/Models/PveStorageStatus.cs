namespace HomeLab.Proxmox;

/// <summary>GET /nodes/{node}/storage/{storage}/status. Sizes are bytes; all 0 when the storage is inactive.</summary>
public record PveStorageStatus(
    string Type,
    IReadOnlySet<string> Content,
    bool Enabled,
    bool Active,
    bool Shared,
    long Total,
    long Used,
    long Avail)
{
    public bool Allows(string content) => Content.Contains(content);

    /// <summary>Free space as a percentage of the total; 0 when the total is unknown.</summary>
    public double FreePercent => Total > 0 ? 100.0 * Avail / Total : 0;
}
