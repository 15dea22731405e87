using HomeLab.Proxmox;
using HomeLab.Proxmox.Tls;

namespace HomeLab.Configuration;

/// <summary>
/// Parses the values that configure the Proxmox client: the token id and the TLS variables, with TLS precedence
/// PVE_TLS_INSECURE=1, then PVE_TLS_FINGERPRINT, then PVE_CA_CERT, then the system trust store.
/// </summary>
internal static class ProxmoxValues
{
    /// <summary>Null for unset or blank, else the value without surrounding white space.</summary>
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Why PM_TOKEN_ID is not a full token id, or null when it is.</summary>
    public static string? TokenIdProblem(string tokenId)
    {
        if (tokenId.Contains('='))
        {
            // Never echo it: the value probably carries the secret too.
            return $"{LabVariables.TokenId} contains '='; give only the token id (user@realm!tokenname) and put the secret in {LabVariables.TokenSecret}.";
        }

        var at = tokenId.IndexOf('@');
        var bang = tokenId.LastIndexOf('!');
        return at <= 0 || bang < at + 2 || bang == tokenId.Length - 1
            ? $"{LabVariables.TokenId} '{tokenId}' is not a full token id; use user@realm!tokenname, e.g. {LabVariables.TokenId}=homelab@pve!homelab."
            : null;
    }

    /// <summary>The TLS options the variables ask for; null with a <paramref name="problem"/> when one is malformed.</summary>
    public static ProxmoxTlsOptions? ReadTls(string? insecure, string? fingerprint, string? caCert, out string? problem)
    {
        problem = null;
        switch (ParseSwitch(insecure))
        {
            case null:
                problem = $"{LabVariables.TlsInsecure} is '{insecure}'; set it to 1 to skip certificate checks, or unset it.";
                return null;
            case true:
                return ProxmoxTlsOptions.Insecure;
        }

        if (fingerprint is not null)
        {
            if (CertificateFingerprint.TryNormalise(fingerprint, out var normalised))
            {
                return ProxmoxTlsOptions.PinFingerprint(normalised);
            }

            problem = $"{LabVariables.TlsFingerprint} is not a SHA-256 fingerprint: expected 32 hex bytes such as AB:CD:…:EF (see the node's Certificates panel).";
            return null;
        }

        if (caCert is not null)
        {
            if (File.Exists(caCert))
            {
                return ProxmoxTlsOptions.TrustCaFile(caCert);
            }

            problem = $"{LabVariables.CaCert} points to {caCert}, which does not exist; copy /etc/pve/pve-root-ca.pem from a node there.";
            return null;
        }

        return ProxmoxTlsOptions.Verify;
    }

    /// <summary>On/off words; unset is off; anything else is null (invalid).</summary>
    public static bool? ParseSwitch(string? value) => value?.ToLowerInvariant() switch
    {
        null or "0" or "false" or "no" or "off" => false,
        "1" or "true" or "yes" or "on" => true,
        _ => null,
    };
}
