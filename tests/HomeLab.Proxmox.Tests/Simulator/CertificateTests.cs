using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>The served certificate looks like pve-ssl.pem signed by pve-root-ca.pem.</summary>
public class CertificateTests
{
    private ProxmoxSimulator _simulator = null!;
    private X509Certificate2 _served = null!;

    [OneTimeSetUp]
    public async Task Connect()
    {
        _simulator = await ProxmoxSimulator.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", _simulator.BaseUrl.Port);
        await using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
        await tls.AuthenticateAsClientAsync("127.0.0.1");
        _served = X509CertificateLoader.LoadCertificate(tls.RemoteCertificate!.GetRawCertData());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _served.Dispose();
        await _simulator.DisposeAsync();
    }

    [Test]
    public void The_fingerprint_is_that_of_the_served_leaf()
    {
        Assert.That(_simulator.CertificateFingerprint, Is.EqualTo(Tls.CertificateFingerprint.Of(_served)));
        Assert.That(_simulator.CertificateFingerprint, Does.Match("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    }

    [Test]
    public void The_leaf_names_loopback_addresses_and_localhost()
    {
        var names = _served.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();

        Assert.That(names.EnumerateIPAddresses().Select(a => a.ToString()), Is.EquivalentTo(new[] { "127.0.0.1", "::1" }));
        Assert.That(names.EnumerateDnsNames(), Is.EquivalentTo(new[] { "localhost" }));
    }

    [Test]
    public void The_leaf_is_signed_by_the_published_ca()
    {
        using var ca = X509Certificate2.CreateFromPem(_simulator.CaCertificatePem);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;

        Assert.That(chain.Build(_served), Is.True);
        Assert.That(ca.Subject, Does.Contain("CN=HomeLab Simulator CA"));
        Assert.That(_served.Issuer, Is.EqualTo(ca.Subject));
    }

    [Test]
    public async Task Every_start_has_its_own_ca()
    {
        await using var other = await ProxmoxSimulator.StartAsync();

        Assert.That(other.CaCertificatePem, Is.Not.EqualTo(_simulator.CaCertificatePem));
        Assert.That(other.TokenSecret, Is.Not.EqualTo(_simulator.TokenSecret));
    }
}
