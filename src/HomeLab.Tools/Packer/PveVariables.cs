namespace HomeLab.Tools.Packer;

/// <summary>The lab's Proxmox values that packer templates read, as plain values; null or blank ones are left out.</summary>
public sealed record PveVariables
{
    public string? AccessHost { get; init; }

    public string? TokenId { get; init; }

    /// <summary>Handed to packer as a secret: through its environment only, and masked in its output.</summary>
    public string? TokenSecret { get; init; }

    public string? Node { get; init; }

    public string? StorageVm { get; init; }

    public string? StorageIso { get; init; }

    public string? Bridge { get; init; }

    /// <summary>Certificate checks are off for this lab (passed on as <c>PVE_TLS_INSECURE=1</c>).</summary>
    public bool TlsInsecure { get; init; }

    // Records print every property; keep the secret out of anything that prints them.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"AccessHost = {AccessHost}, TokenId = {TokenId}, TokenSecret = ***, Node = {Node}, StorageVm = {StorageVm}, ");
        builder.Append($"StorageIso = {StorageIso}, Bridge = {Bridge}, TlsInsecure = {TlsInsecure}");
        return true;
    }
}
