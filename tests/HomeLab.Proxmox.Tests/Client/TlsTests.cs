using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

public class TlsTests
{
    private ProxmoxSimulator _simulator = null!;
    private string _tempDirectory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await ProxmoxSimulator.StartAsync();
        _tempDirectory = Directory.CreateTempSubdirectory("homelab-tls-").FullName;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _simulator.DisposeAsync();
        Directory.Delete(_tempDirectory, recursive: true);
    }

    [Test]
    public void Default_verification_rejects_the_self_signed_certificate_and_names_every_fix()
    {
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.Verify);

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("was not trusted"));
        Assert.That(error.Message, Does.Contain($"PVE_TLS_FINGERPRINT={_simulator.CertificateFingerprint}"));
        Assert.That(error.Message, Does.Contain("PVE_CA_CERT"));
        Assert.That(error.Message, Does.Contain("PVE_TLS_INSECURE=1"));
        Assert.That(_simulator.Requests.Count("GET", "/version"), Is.Zero, "nothing may be sent to an untrusted server");
    }

    [Test]
    public async Task The_right_fingerprint_is_accepted()
    {
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.PinFingerprint(_simulator.CertificateFingerprint));

        var version = await client.GetVersionAsync();

        Assert.That(version.Version, Is.EqualTo("9.2.11"));
    }

    [Test]
    public async Task The_fingerprint_may_be_lower_case_and_without_colons()
    {
        var compact = _simulator.CertificateFingerprint.Replace(":", string.Empty).ToLowerInvariant();
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.PinFingerprint(compact));

        var version = await client.GetVersionAsync();

        Assert.That(version.Release, Is.EqualTo("9.2"));
    }

    [Test]
    public void A_wrong_fingerprint_is_rejected_showing_the_one_seen()
    {
        var wrong = string.Join(':', Enumerable.Repeat("AA", 32));
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.PinFingerprint(wrong));

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("does not match PVE_TLS_FINGERPRINT"));
        Assert.That(error.Message, Does.Contain(_simulator.CertificateFingerprint));
    }

    [Test]
    public async Task The_simulator_ca_file_is_accepted()
    {
        var caFile = Path.Combine(_tempDirectory, "pve-root-ca.pem");
        await File.WriteAllTextAsync(caFile, _simulator.CaCertificatePem);
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.TrustCaFile(caFile));

        var nodes = await client.GetNodesAsync();

        Assert.That(nodes.Select(n => n.Node), Is.EqualTo(new[] { "pve" }));
    }

    [Test]
    public async Task Another_clusters_ca_file_is_rejected()
    {
        await using var other = await ProxmoxSimulator.StartAsync();
        var caFile = Path.Combine(_tempDirectory, "other-ca.pem");
        await File.WriteAllTextAsync(caFile, other.CaCertificatePem);
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.TrustCaFile(caFile));

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("not signed by the CA in PVE_CA_CERT"));
        Assert.That(error.Message, Does.Contain(caFile));
    }

    [Test]
    public async Task Insecure_accepts_anything()
    {
        using var client = TestClients.Create(_simulator, ProxmoxTlsOptions.Insecure);

        var storages = await client.GetStoragesAsync("pve");

        Assert.That(storages, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_malformed_pinned_fingerprint_is_a_configuration_error()
    {
        var error = Assert.Throws<ProxmoxConfigurationException>(() => TestClients.Create(_simulator, ProxmoxTlsOptions.PinFingerprint("AB:CD")));

        Assert.That(error!.Message, Does.Contain("PVE_TLS_FINGERPRINT"));
    }

    [Test]
    public async Task A_ca_file_without_a_certificate_is_a_configuration_error()
    {
        var caFile = Path.Combine(_tempDirectory, "empty.pem");
        await File.WriteAllTextAsync(caFile, "not a certificate");

        var error = Assert.Throws<ProxmoxConfigurationException>(() => TestClients.Create(_simulator, ProxmoxTlsOptions.TrustCaFile(caFile)));

        Assert.That(error!.Message, Does.Contain("no PEM certificate"));
    }
}
