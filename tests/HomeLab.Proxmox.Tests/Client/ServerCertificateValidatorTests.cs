using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HomeLab.Proxmox.Tls;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>The cases a loopback server cannot easily produce: name mismatch, missing certificate.</summary>
public class ServerCertificateValidatorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private string _caFile = null!;
    private X509Certificate2 _ca = null!;
    private X509Certificate2 _leaf = null!;

    [SetUp]
    public void CreateChain()
    {
        (_ca, _leaf) = Issue("Test CA");
        _caFile = Path.Combine(Path.GetTempPath(), $"homelab-validator-{Guid.NewGuid():N}.pem");
        File.WriteAllText(_caFile, _ca.ExportCertificatePem());
    }

    [TearDown]
    public void Cleanup()
    {
        File.Delete(_caFile);
        _ca.Dispose();
        _leaf.Dispose();
    }

    [Test]
    public void Ca_mode_accepts_a_leaf_of_that_ca_even_though_the_system_does_not_trust_it()
    {
        var validator = ServerCertificateValidator.Create(ProxmoxTlsOptions.TrustCaFile(_caFile));

        Assert.That(validator.Validate(_leaf, null, SslPolicyErrors.RemoteCertificateChainErrors), Is.True);
    }

    [Test]
    public void Ca_mode_still_checks_the_host_name()
    {
        var validator = ServerCertificateValidator.Create(ProxmoxTlsOptions.TrustCaFile(_caFile));

        var accepted = validator.Validate(_leaf, null, SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors);

        Assert.That(accepted, Is.False);
        Assert.That(validator.LastRejection!.Reason, Does.Contain("another host name"));
    }

    [Test]
    public void Ca_mode_rejects_a_leaf_of_another_ca()
    {
        var (otherCa, otherLeaf) = Issue("Other CA");
        using (otherCa)
        using (otherLeaf)
        {
            var validator = ServerCertificateValidator.Create(ProxmoxTlsOptions.TrustCaFile(_caFile));

            Assert.That(validator.Validate(otherLeaf, null, SslPolicyErrors.RemoteCertificateChainErrors), Is.False);
            Assert.That(validator.LastRejection!.ObservedFingerprint, Is.EqualTo(CertificateFingerprint.Of(otherLeaf)));
        }
    }

    [Test]
    public void Every_mode_but_insecure_rejects_a_missing_certificate()
    {
        foreach (var tls in new[] { ProxmoxTlsOptions.Verify, ProxmoxTlsOptions.PinFingerprint(CertificateFingerprint.Of(_leaf)), ProxmoxTlsOptions.TrustCaFile(_caFile) })
        {
            Assert.That(ServerCertificateValidator.Create(tls).Validate(null, null, SslPolicyErrors.RemoteCertificateNotAvailable), Is.False, tls.Mode.ToString());
        }

        Assert.That(ServerCertificateValidator.Create(ProxmoxTlsOptions.Insecure).Validate(null, null, SslPolicyErrors.RemoteCertificateNotAvailable), Is.True);
    }

    [Test]
    public void Verify_mode_accepts_only_what_the_platform_accepted()
    {
        var validator = ServerCertificateValidator.Create(ProxmoxTlsOptions.Verify);

        Assert.That(validator.Validate(_leaf, null, SslPolicyErrors.None), Is.True);
        Assert.That(validator.Validate(_leaf, null, SslPolicyErrors.RemoteCertificateChainErrors), Is.False);
        Assert.That(validator.LastRejection!.Reason, Does.Contain("system trust store"));
    }

    [Test]
    public void Fingerprint_mode_ignores_chain_errors_but_requires_the_exact_certificate()
    {
        var validator = ServerCertificateValidator.Create(ProxmoxTlsOptions.PinFingerprint(CertificateFingerprint.Of(_leaf)));

        Assert.That(validator.Validate(_leaf, null, SslPolicyErrors.RemoteCertificateChainErrors), Is.True);
        Assert.That(validator.Validate(_ca, null, SslPolicyErrors.None), Is.False);
    }

    private static (X509Certificate2 Ca, X509Certificate2 Leaf) Issue(string caName)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest($"CN={caName}", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var authority = caRequest.CreateSelfSigned(Now.AddDays(-1), Now.AddDays(30));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=pve.lan", leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var issued = leafRequest.Create(authority, Now.AddDays(-1), Now.AddDays(10), [1, 2, 3, 4]);
        return (authority, issued);
    }
}
