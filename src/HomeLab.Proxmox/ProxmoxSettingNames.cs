namespace HomeLab.Proxmox;

/// <summary>
/// What the caller calls each client setting, for the fixes that error messages suggest ("check AccessHost",
/// "set TlsFingerprint=AB:CD:…"). The client names its own options by default; a host that reads the settings from
/// environment variables passes the variables' names instead, so that the message names what the operator sets.
/// </summary>
public sealed record ProxmoxSettingNames(
    string AccessHost,
    string TokenId,
    string TokenSecret,
    string TlsFingerprint,
    string CaCert,
    string TlsInsecure)
{
    /// <summary>The names of the <see cref="ProxmoxClientOptions"/> properties themselves.</summary>
    public static ProxmoxSettingNames Options { get; } =
        new("AccessHost", "TokenId", "TokenSecret", "TlsFingerprint", "CaCert", "TlsInsecure");
}
