namespace HomeLab.Proxmox;

/// <summary>One entry of GET /nodes/{node}/storage/{storage}/content, e.g. <c>local:import/noble.qcow2</c>.</summary>
public sealed record PveStorageVolume(
    string VolId,
    string Content,
    string? Format,
    long Size,
    DateTimeOffset? Created,
    int? VmId,
    string? Notes)
{
    /// <summary>"local" for "local:iso/x.iso".</summary>
    public string Storage => VolId[..Math.Max(0, VolId.IndexOf(':'))];

    /// <summary>The file or volume name without the storage and content folder: "x.iso" for "local:iso/x.iso".</summary>
    public string Name => VolId[(Math.Max(VolId.IndexOf(':'), VolId.LastIndexOf('/')) + 1)..];
}
