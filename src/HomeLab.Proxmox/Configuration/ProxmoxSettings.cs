using HomeLab.Proxmox.Tls;

namespace HomeLab.Proxmox;

/// <summary>
/// Builds <see cref="ProxmoxClientOptions"/> from the PVE_* / PM_* variables. TLS precedence:
/// PVE_TLS_INSECURE=1, then PVE_TLS_FINGERPRINT, then PVE_CA_CERT, then the system trust store.
/// </summary>
public static class ProxmoxSettings
{
    public const string AccessHostVariable = "PVE_ACCESS_HOST";
    public const string TokenIdVariable = "PM_TOKEN_ID";
    public const string TokenSecretVariable = "PM_TOKEN_SECRET";
    public const string FingerprintVariable = "PVE_TLS_FINGERPRINT";
    public const string CaCertVariable = "PVE_CA_CERT";
    public const string InsecureVariable = "PVE_TLS_INSECURE";

    /// <summary>Reads the process environment.</summary>
    public static ProxmoxClientOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <param name="lookup">Returns a variable's value, or null when unset (e.g. a dictionary lookup in tests).</param>
    /// <param name="configure">Adjusts the result, e.g. to set a timeout or a recorder.</param>
    /// <exception cref="ProxmoxConfigurationException">A variable is missing or malformed; the message names it and the fix.</exception>
    public static ProxmoxClientOptions FromEnvironment(
        Func<string, string?> lookup,
        Func<ProxmoxClientOptions, ProxmoxClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Get(string name) => Value(lookup, name);

        var accessHost = lookup(AccessHostVariable);
        if (string.IsNullOrWhiteSpace(accessHost))
        {
            throw new ProxmoxConfigurationException($"{AccessHostVariable} is not set; set it to the Proxmox host, e.g. {AccessHostVariable}=pve.lan:8006.");
        }

        if (!ProxmoxEndpoint.TryParse(accessHost, out var endpoint, out var error))
        {
            throw new ProxmoxConfigurationException(error!);
        }

        var options = new ProxmoxClientOptions
        {
            Endpoint = endpoint!,
            TokenId = ReadTokenId(Get(TokenIdVariable)),
            TokenSecret = Get(TokenSecretVariable)
                ?? throw new ProxmoxConfigurationException($"{TokenSecretVariable} is not set; set it to the secret shown once when the token {Get(TokenIdVariable)} was created."),
            Tls = ReadTls(lookup),
        };
        return configure is null ? options : configure(options);
    }

    /// <summary>Checks PM_TOKEN_ID alone, so that a caller can report every bad variable, not just the first.</summary>
    /// <exception cref="ProxmoxConfigurationException">It is missing or not a full token id.</exception>
    public static string ReadTokenId(string? tokenId)
    {
        if (tokenId is null)
        {
            throw new ProxmoxConfigurationException($"{TokenIdVariable} is not set; set it to the full token id, e.g. {TokenIdVariable}=homelab@pve!homelab.");
        }

        if (tokenId.Contains('='))
        {
            // Never echo it: the value probably carries the secret too.
            throw new ProxmoxConfigurationException(
                $"{TokenIdVariable} contains '='; give only the token id (user@realm!tokenname) and put the secret in {TokenSecretVariable}.");
        }

        var at = tokenId.IndexOf('@');
        var bang = tokenId.LastIndexOf('!');
        if (at <= 0 || bang < at + 2 || bang == tokenId.Length - 1)
        {
            throw new ProxmoxConfigurationException(
                $"{TokenIdVariable} '{tokenId}' is not a full token id; use user@realm!tokenname, e.g. {TokenIdVariable}=homelab@pve!homelab.");
        }

        return tokenId;
    }

    /// <summary>Reads the TLS variables alone, so that a caller can report every bad variable, not just the first.</summary>
    /// <exception cref="ProxmoxConfigurationException">One of them is malformed.</exception>
    public static ProxmoxTlsOptions ReadTls(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return ReadTls(Value(lookup, InsecureVariable), Value(lookup, FingerprintVariable), Value(lookup, CaCertVariable));
    }

    private static string? Value(Func<string, string?> lookup, string name) =>
        lookup(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static ProxmoxTlsOptions ReadTls(string? insecure, string? fingerprint, string? caCert)
    {
        if (ParseSwitch(insecure))
        {
            return ProxmoxTlsOptions.Insecure;
        }

        if (fingerprint is not null)
        {
            return CertificateFingerprint.TryNormalise(fingerprint, out var normalised)
                ? ProxmoxTlsOptions.PinFingerprint(normalised)
                : throw new ProxmoxConfigurationException(
                    $"{FingerprintVariable} is not a SHA-256 fingerprint: expected 32 hex bytes such as AB:CD:…:EF (see the node's Certificates panel).");
        }

        if (caCert is not null)
        {
            return File.Exists(caCert)
                ? ProxmoxTlsOptions.TrustCaFile(caCert)
                : throw new ProxmoxConfigurationException(
                    $"{CaCertVariable} points to {caCert}, which does not exist; copy /etc/pve/pve-root-ca.pem from a node there.");
        }

        return ProxmoxTlsOptions.Verify;
    }

    private static bool ParseSwitch(string? value) => value?.ToLowerInvariant() switch
    {
        null or "0" or "false" or "no" or "off" => false,
        "1" or "true" or "yes" or "on" => true,
        _ => throw new ProxmoxConfigurationException($"{InsecureVariable} is '{value}'; set it to 1 to skip certificate checks, or unset it."),
    };
}
