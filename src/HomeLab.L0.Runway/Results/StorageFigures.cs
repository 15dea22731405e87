using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Results;

/// <summary>The space of one storage as the status answer gave it. Sizes are bytes.</summary>
public sealed record StorageFigures(string Id, long Total, long Used, long Avail)
{
    public const double BytesPerGib = 1024d * 1024 * 1024;

    public double FreeGib => Math.Round(Avail / BytesPerGib, 2);

    public double FreePct => Total > 0 ? Math.Round(100.0 * Avail / Total, 2) : 0;

    public static StorageFigures From(string id, PveStorageStatus status) => new(id, status.Total, status.Used, status.Avail);
}

/// <summary>The two storages later layers write to: their figures when they could be read.</summary>
public sealed record StorageReport(StorageFigures? Iso, StorageFigures? Vm)
{
    /// <summary>The ISO storage's name as configured (PVE_STORAGE_ISO), known even when its figures are not.</summary>
    public string? IsoName { get; init; }

    /// <summary>The VM storage's name as configured (PVE_STORAGE_VM), known even when its figures are not.</summary>
    public string? VmName { get; init; }
}
