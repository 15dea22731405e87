using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HomeLab.Proxmox.Tls;

/// <summary>SHA-256 certificate fingerprints in Proxmox's colon-separated upper-case hex form.</summary>
public static class CertificateFingerprint
{
    private const int Sha256Length = 32;

    /// <summary>The fingerprint of <paramref name="certificate"/>, e.g. <c>AB:CD:…</c> (32 bytes).</summary>
    public static string Of(X509Certificate certificate) => Format(SHA256.HashData(certificate.GetRawCertData()));

    /// <summary>
    /// Accepts <c>AB:CD:…</c>, lower case, or the 64 hex digits without colons, and returns the canonical form.
    /// </summary>
    public static bool TryNormalise(string? text, out string fingerprint)
    {
        fingerprint = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var hex = text.Trim().Replace(":", string.Empty, StringComparison.Ordinal);
        if (hex.Length != Sha256Length * 2 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        fingerprint = Format(Convert.FromHexString(hex));
        return true;
    }

    private static string Format(byte[] hash) => string.Join(':', hash.Select(b => b.ToString("X2")));
}
