using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

public class ProxmoxEndpointTests
{
    [TestCase("pve.lan", "https://pve.lan/api2/json", false)]
    [TestCase("pve.lan:8006", "https://pve.lan:8006/api2/json", true)]
    [TestCase("PVE.LAN:8006", "https://pve.lan:8006/api2/json", true)]
    [TestCase("https://pve.lan:8006", "https://pve.lan:8006/api2/json", true)]
    [TestCase("https://pve.lan:8006/", "https://pve.lan:8006/api2/json", true)]
    [TestCase("https://pve.lan:8006/api2/json", "https://pve.lan:8006/api2/json", true)]
    [TestCase("https://pve.lan:8006/api2/json/", "https://pve.lan:8006/api2/json", true)]
    [TestCase("HTTPS://pve.lan", "https://pve.lan/api2/json", false)]
    [TestCase("https://pve.lan/api2/json", "https://pve.lan/api2/json", false)]
    [TestCase("192.168.1.10", "https://192.168.1.10/api2/json", false)]
    [TestCase("192.168.1.10:8006", "https://192.168.1.10:8006/api2/json", true)]
    [TestCase("[fd00::10]", "https://[fd00::10]/api2/json", false)]
    [TestCase("[fd00::10]:8006", "https://[fd00::10]:8006/api2/json", true)]
    [TestCase("https://[::1]:8006/api2/json", "https://[::1]:8006/api2/json", true)]
    [TestCase("pve.lan:443", "https://pve.lan/api2/json", true)]
    public void Accepted_forms_normalise_to_the_api_base_url(string input, string expected, bool explicitPort)
    {
        var endpoint = ProxmoxEndpoint.Parse(input);

        Assert.That(endpoint.BaseUrl.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(endpoint.HasExplicitPort, Is.EqualTo(explicitPort));
    }

    [TestCase("http://pve.lan:8006", "HTTPS only")]
    [TestCase("http://pve.lan", "HTTPS only")]
    [TestCase("", "is empty")]
    [TestCase("   ", "is empty")]
    [TestCase(null, "is empty")]
    [TestCase("pve lan", "contains a space")]
    [TestCase(" pve.lan", "contains a space")]
    [TestCase("pve.lan:8006/ui", "has the path /ui")]
    [TestCase("https://pve.lan:8006/api2/extjs", "has the path /api2/extjs")]
    [TestCase("https://pve.lan:8006/api2/json?x=1", "query")]
    [TestCase("pve.lan:99999", "not a number from 1 to 65535")]
    [TestCase("pve.lan:abc", "not a number from 1 to 65535")]
    [TestCase("pve.lan:", "not a number from 1 to 65535")]
    [TestCase("fd00::10", "without brackets")]
    [TestCase("[fd00::10", "never closes")]
    [TestCase("ftp://pve.lan", "only https://")]
    [TestCase("root@pve.lan", "user name")]
    public void Rejected_forms_explain_the_fix_in_one_sentence(string? input, string expectedPart)
    {
        var ok = ProxmoxEndpoint.TryParse(input, out var endpoint, out var error, TestClients.VariableNames);

        Assert.That(ok, Is.False);
        Assert.That(endpoint, Is.Null);
        Assert.That(error, Does.Contain(expectedPart));
        Assert.That(error, Does.StartWith("PVE_ACCESS_HOST"));
        Assert.That(error, Does.EndWith("."));
        Assert.That(error, Does.Not.Contain("\n"));
        Assert.That(error, Does.Contain("e.g. PVE_ACCESS_HOST="), "every error shows a working example");
    }

    [Test]
    public void Without_names_the_messages_name_the_option()
    {
        ProxmoxEndpoint.TryParse("root@pve.lan", out _, out var error);

        Assert.That(error, Is.EqualTo(
            "AccessHost 'root@pve.lan' contains a user name; give only the host (the token goes in TokenId), e.g. AccessHost=pve.lan:8006."));
    }

    [Test]
    public void Parse_throws_a_format_exception_carrying_the_same_sentence()
    {
        ProxmoxEndpoint.TryParse("http://pve.lan", out _, out var error);

        var thrown = Assert.Throws<FormatException>(() => ProxmoxEndpoint.Parse("http://pve.lan"));

        Assert.That(thrown!.Message, Is.EqualTo(error));
    }

    [Test]
    public void Suggested_access_host_uses_pveproxys_port()
    {
        Assert.That(ProxmoxEndpoint.Parse("pve.lan").SuggestedAccessHost, Is.EqualTo("pve.lan:8006"));
        Assert.That(ProxmoxEndpoint.Parse("[fd00::10]").SuggestedAccessHost, Is.EqualTo("[fd00::10]:8006"));
    }
}
