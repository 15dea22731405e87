using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PveEnvironmentTests
{
    private const string Secret = "5f0c1a2b-secret-9a1b";

    private static readonly PveVariables Lab = new()
    {
        AccessHost = "pve.lan",
        TokenId = "gitops@pve!packer",
        TokenSecret = Secret,
        Node = "pve1",
        StorageVm = "local-lvm",
        Bridge = " ",
    };

    [Test]
    public void Each_variable_goes_under_its_own_name_and_as_a_packer_variable()
    {
        var (plain, secret) = PveEnvironment.From(Lab);

        Assert.That(plain, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["PVE_ACCESS_HOST"] = "pve.lan",
            ["PKR_VAR_pve_access_host"] = "pve.lan",
            ["PM_TOKEN_ID"] = "gitops@pve!packer",
            ["PKR_VAR_pm_token_id"] = "gitops@pve!packer",
            ["PVE_NODE"] = "pve1",
            ["PKR_VAR_pve_node"] = "pve1",
            ["PVE_STORAGE_VM"] = "local-lvm",
            ["PKR_VAR_pve_storage_vm"] = "local-lvm",
            ["PROXMOX_URL"] = "https://pve.lan:8006/api2/json",
            ["PROXMOX_USERNAME"] = "gitops@pve!packer",
        }));
        Assert.That(secret, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["PM_TOKEN_SECRET"] = Secret,
            ["PKR_VAR_pm_token_secret"] = Secret,
            ["PROXMOX_TOKEN"] = Secret,
        }));
    }

    [Test]
    public void Settings_get_the_secret_as_a_secret_and_the_rest_as_plain_variables()
    {
        var settings = new PackerBuildSettings().WithPveEnvironment(Lab);

        Assert.That(settings.SecretEnvironmentVariables.Values, Is.All.EqualTo(Secret));
        Assert.That(settings.EnvironmentVariables.Values, Has.None.EqualTo(Secret));
        Assert.That(settings.EnvironmentVariables["PKR_VAR_pve_node"], Is.EqualTo("pve1"));
        Assert.That(settings.Variables, Is.Empty, "nothing may become a -var argument");
    }

    [TestCase("pve.lan", "https://pve.lan:8006/api2/json")]
    [TestCase("pve.lan:8443", "https://pve.lan:8443/api2/json")]
    [TestCase("https://pve.lan:8006", "https://pve.lan:8006/api2/json")]
    [TestCase("https://pve.lan:8006/api2/json/", "https://pve.lan:8006/api2/json")]
    [TestCase("https://pve.lan", "https://pve.lan:8006/api2/json")]
    [TestCase("https://pve.lan:443", "https://pve.lan:443/api2/json")]
    [TestCase("10.0.0.5", "https://10.0.0.5:8006/api2/json")]
    [TestCase("[fd00::10]:8006", "https://[fd00::10]:8006/api2/json")]
    public void The_plugin_url_is_derived_from_the_access_host(string host, string expected)
    {
        Assert.That(PveEnvironment.ApiUrl(host), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("http://pve.lan:8006")]
    [TestCase("ftp://pve.lan")]
    public void No_plugin_url_for_an_unusable_access_host(string host)
    {
        Assert.That(PveEnvironment.ApiUrl(host), Is.Null);
    }
}
