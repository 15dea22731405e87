namespace HomeLab.Proxmox;

public enum ProxmoxTlsMode
{
    /// <summary>The system trust store decides (the default).</summary>
    Verify,

    /// <summary>The node certificate's SHA-256 fingerprint must match.</summary>
    Fingerprint,

    /// <summary>The chain must end in the given PEM CA (pve-root-ca.pem).</summary>
    CaFile,

    /// <summary>Nothing is verified. Callers warn on every run.</summary>
    Insecure,
}

public sealed record ProxmoxTlsOptions(ProxmoxTlsMode Mode, string? Fingerprint = null, string? CaFile = null)
{
    public static ProxmoxTlsOptions Verify { get; } = new(ProxmoxTlsMode.Verify);

    public static ProxmoxTlsOptions Insecure { get; } = new(ProxmoxTlsMode.Insecure);

    /// <summary>Pins the leaf certificate; colon-hex as Proxmox shows it, lower case or without colons all work.</summary>
    public static ProxmoxTlsOptions PinFingerprint(string fingerprint) => new(ProxmoxTlsMode.Fingerprint, Fingerprint: fingerprint);

    /// <summary>Trusts only the CA in this PEM file (e.g. a copy of /etc/pve/pve-root-ca.pem).</summary>
    public static ProxmoxTlsOptions TrustCaFile(string caFile) => new(ProxmoxTlsMode.CaFile, CaFile: caFile);
}
