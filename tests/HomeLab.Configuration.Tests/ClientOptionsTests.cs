using HomeLab.Proxmox;

namespace HomeLab.Configuration.Tests;

/// <summary>The Proxmox client options the lab's settings give, and the reasons for bad connection variables.</summary>
public class ClientOptionsTests
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
        var options = Options(Lookup(new()));

        Assert.That(options.Endpoint.BaseUrl.AbsoluteUri, Is.EqualTo("https://pve.lan:8006/api2/json"));
        Assert.That(options.TokenId, Is.EqualTo("homelab@pve!homelab"));
        Assert.That(options.TokenSecret, Is.EqualTo(Secret));
        Assert.That(options.Tls, Is.EqualTo(ProxmoxTlsOptions.Verify));
    }

    [Test]
    public void Insecure_wins_over_fingerprint_and_ca_file()
    {
        var options = Options(Lookup(new()
        {
            ["PVE_TLS_INSECURE"] = "1", ["PVE_TLS_FINGERPRINT"] = Fingerprint, ["PVE_CA_CERT"] = _caFile,
        }));

        Assert.That(options.Tls.Mode, Is.EqualTo(ProxmoxTlsMode.Insecure));
    }

    [Test]
    public void Fingerprint_wins_over_ca_file_and_is_normalised()
    {
        var options = Options(Lookup(new()
        {
            ["PVE_TLS_INSECURE"] = "0", ["PVE_TLS_FINGERPRINT"] = Fingerprint.Replace(":", string.Empty).ToLowerInvariant(), ["PVE_CA_CERT"] = _caFile,
        }));

        Assert.That(options.Tls.Mode, Is.EqualTo(ProxmoxTlsMode.Fingerprint));
        Assert.That(options.Tls.Fingerprint, Is.EqualTo(Fingerprint));
    }

    [Test]
    public void Ca_file_is_used_when_nothing_stronger_is_set()
    {
        var options = Options(Lookup(new() { ["PVE_CA_CERT"] = _caFile }));

        Assert.That(options.Tls, Is.EqualTo(ProxmoxTlsOptions.TrustCaFile(_caFile)));
    }

    [TestCase("PVE_ACCESS_HOST", null, "Missing required environment variable: PVE_ACCESS_HOST")]
    [TestCase("PVE_ACCESS_HOST", "http://pve.lan", "HTTPS only")]
    [TestCase("PM_TOKEN_ID", null, "Missing required environment variable: PM_TOKEN_ID")]
    [TestCase("PM_TOKEN_ID", "homelab@pve", "not a full token id")]
    [TestCase("PM_TOKEN_ID", "homelab!tok", "not a full token id")]
    [TestCase("PM_TOKEN_SECRET", "", "Missing required environment variable: PM_TOKEN_SECRET")]
    [TestCase("PVE_TLS_FINGERPRINT", "AB:CD", "not a SHA-256 fingerprint")]
    [TestCase("PVE_TLS_INSECURE", "maybe", "set it to 1")]
    [TestCase("PVE_CA_CERT", "/nonexistent/pve-root-ca.pem", "does not exist")]
    public void Bad_variables_give_one_clear_error(string name, string? value, string expected)
    {
        var variables = new Dictionary<string, string?> { [name] = value };

        var settings = LabSettingsReader.Read(Lookup(variables));

        Assert.That(settings.CanReachApi, Is.False);
        Assert.That(settings.Failures, Has.Count.EqualTo(1));
        Assert.That(settings.Failures[0], Does.Contain(expected));
        Assert.That(settings.Failures[0], Does.Not.Contain("\n"));
    }

    [Test]
    public void A_token_id_that_carries_the_secret_is_rejected_without_echoing_it()
    {
        var variables = new Dictionary<string, string?> { ["PM_TOKEN_ID"] = $"homelab@pve!homelab={Secret}" };

        var failures = LabSettingsReader.Read(Lookup(variables)).Failures;

        Assert.That(failures, Has.Count.EqualTo(1));
        Assert.That(failures[0], Does.Contain("PM_TOKEN_SECRET"));
        Assert.That(failures[0], Does.Not.Contain(Secret));
    }

    private static ProxmoxClientOptions Options(Func<string, string?> lookup) => LabSettingsReader.Read(lookup).ToClientOptions();

    private static Func<string, string?> Lookup(Dictionary<string, string?> overrides)
    {
        var variables = new Dictionary<string, string?>
        {
            ["PVE_ACCESS_HOST"] = "pve.lan:8006",
            ["PM_TOKEN_ID"] = "homelab@pve!homelab",
            ["PM_TOKEN_SECRET"] = Secret,
            ["PVE_NODE"] = "pve",
            ["PVE_STORAGE_VM"] = "local-lvm",
        };
        foreach (var (name, value) in overrides)
        {
            variables[name] = value;
        }

        return name => variables.GetValueOrDefault(name);
    }
}
