namespace HomeLab.Proxmox;

/// <summary>One entry of GET /nodes/{node}/storage.</summary>
public sealed record PveStorage(
    string Storage,
    string Type,
    IReadOnlySet<string> Content,
    bool Enabled,
    bool Active,
    bool Shared,
    long Total,
    long Used,
    long Avail)
    : PveStorageStatus(Type, Content, Enabled, Active, Shared, Total, Used, Avail);
