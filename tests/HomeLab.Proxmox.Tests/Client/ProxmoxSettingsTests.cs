namespace HomeLab.Proxmox.Tests.Client;

public class ProxmoxSettingsTests
{
    private const string Secret = "5f0c1e9a-1111-2222-3333-444455556666";
    private const string Fingerprint = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    private string _caFile = null!;

    [SetUp]
    public void CreateCaFile()
    {
        _caFile = Path.Combine(Path.GetTempPath(), $"homelab-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(_caFile, "placeholder");
    }

    [TearDown]
    public void DeleteCaFile() => File.Delete(_caFile);

    [Test]
    public void Reads_host_token_and_defaults_to_system_verification()
    {
        var options = ProxmoxSettings.FromEnvironment(Lookup(new()));

        Assert.That(options.Endpoint.BaseUrl.AbsoluteUri, Is.EqualTo("https://pve.lan:8006/api2/json"));
        Assert.That(options.TokenId, Is.EqualTo("homelab@pve!homelab"));
        Assert.That(options.TokenSecret, Is.EqualTo(Secret));
        Assert.That(options.Tls, Is.EqualTo(ProxmoxTlsOptions.Verify));
    }

    [Test]
    public void Insecure_wins_over_fingerprint_and_ca_file()
    {
        var options = ProxmoxSettings.FromEnvironment(Lookup(new()
        {
            ["PVE_TLS_INSECURE"] = "1", ["PVE_TLS_FINGERPRINT"] = Fingerprint, ["PVE_CA_CERT"] = _caFile,
        }));

        Assert.That(options.Tls.Mode, Is.EqualTo(ProxmoxTlsMode.Insecure));
    }

    [Test]
    public void Fingerprint_wins_over_ca_file_and_is_normalised()
    {
        var options = ProxmoxSettings.FromEnvironment(Lookup(new()
        {
            ["PVE_TLS_INSECURE"] = "0", ["PVE_TLS_FINGERPRINT"] = Fingerprint.Replace(":", string.Empty).ToLowerInvariant(), ["PVE_CA_CERT"] = _caFile,
        }));

        Assert.That(options.Tls.Mode, Is.EqualTo(ProxmoxTlsMode.Fingerprint));
        Assert.That(options.Tls.Fingerprint, Is.EqualTo(Fingerprint));
    }

    [Test]
    public void Ca_file_is_used_when_nothing_stronger_is_set()
    {
        var options = ProxmoxSettings.FromEnvironment(Lookup(new() { ["PVE_CA_CERT"] = _caFile }));

        Assert.That(options.Tls, Is.EqualTo(ProxmoxTlsOptions.TrustCaFile(_caFile)));
    }

    [Test]
    public void Configure_can_adjust_timeouts()
    {
        var options = ProxmoxSettings.FromEnvironment(Lookup(new()), o => o with { Timeout = TimeSpan.FromSeconds(3) });

        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [TestCase("PVE_ACCESS_HOST", null, "PVE_ACCESS_HOST is not set")]
    [TestCase("PVE_ACCESS_HOST", "http://pve.lan", "HTTPS only")]
    [TestCase("PM_TOKEN_ID", null, "PM_TOKEN_ID is not set")]
    [TestCase("PM_TOKEN_ID", "homelab@pve", "not a full token id")]
    [TestCase("PM_TOKEN_ID", "homelab!tok", "not a full token id")]
    [TestCase("PM_TOKEN_SECRET", "", "PM_TOKEN_SECRET is not set")]
    [TestCase("PVE_TLS_FINGERPRINT", "AB:CD", "not a SHA-256 fingerprint")]
    [TestCase("PVE_TLS_INSECURE", "maybe", "set it to 1")]
    [TestCase("PVE_CA_CERT", "/nonexistent/pve-root-ca.pem", "does not exist")]
    public void Bad_variables_give_one_clear_error(string name, string? value, string expected)
    {
        var variables = new Dictionary<string, string?> { [name] = value };

        var error = Assert.Throws<ProxmoxConfigurationException>(() => ProxmoxSettings.FromEnvironment(Lookup(variables)));

        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void A_token_id_that_carries_the_secret_is_rejected_without_echoing_it()
    {
        var variables = new Dictionary<string, string?> { ["PM_TOKEN_ID"] = $"homelab@pve!homelab={Secret}" };

        var error = Assert.Throws<ProxmoxConfigurationException>(() => ProxmoxSettings.FromEnvironment(Lookup(variables)));

        Assert.That(error!.Message, Does.Contain("PM_TOKEN_SECRET"));
        Assert.That(error.Message, Does.Not.Contain(Secret));
    }

    private static Func<string, string?> Lookup(Dictionary<string, string?> overrides)
    {
        var variables = new Dictionary<string, string?>
        {
            ["PVE_ACCESS_HOST"] = "pve.lan:8006",
            ["PM_TOKEN_ID"] = "homelab@pve!homelab",
            ["PM_TOKEN_SECRET"] = Secret,
        };
        foreach (var (name, value) in overrides)
        {
            variables[name] = value;
        }

        return name => variables.GetValueOrDefault(name);
    }
}
