using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HomeLab.Proxmox.Simulator.Tls;

/// <summary>
/// A per-start CA ("HomeLab Simulator CA") and a leaf signed by it for 127.0.0.1, ::1 and localhost: the
/// simulator's pve-root-ca.pem and pve-ssl.pem. ECDSA P-256 keeps generation to a few milliseconds.
/// </summary>
internal sealed class SimulatorCertificates : IDisposable
{
    private SimulatorCertificates(X509Certificate2 authority, X509Certificate2 leaf)
    {
        Authority = authority;
        Leaf = leaf;
        Fingerprint = string.Join(':', SHA256.HashData(leaf.RawData).Select(b => b.ToString("X2")));
        AuthorityPem = authority.ExportCertificatePem() + "\n";

        // Offline: never try to download intermediates for a chain that no public CA signed.
        Context = SslStreamCertificateContext.Create(leaf, additionalCertificates: null, offline: true);
    }

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Leaf { get; }

    /// <summary>SHA-256 of the leaf, colon-separated upper-case hex, as Proxmox shows it.</summary>
    public string Fingerprint { get; }

    public string AuthorityPem { get; }

    public SslStreamCertificateContext Context { get; }

    public static SimulatorCertificates Generate()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest("CN=HomeLab Simulator CA, O=HomeLab", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

        // Not disposed: the leaf keeps using this key for every TLS handshake.
        var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=localhost, O=HomeLab, OU=pve-ssl", leafKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        leafRequest.CertificateExtensions.Add(names.Build());
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        leafRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leafRequest.PublicKey, false));
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = leafRequest.Create(authority, now.AddDays(-1), now.AddYears(2), serial);
        var leaf = signed.CopyWithPrivateKey(leafKey);
        return new SimulatorCertificates(authority, leaf);
    }

    public void Dispose()
    {
        Leaf.Dispose();
        Authority.Dispose();
    }
}
