using HomeLab.L2.Instances.Checks;

namespace HomeLab.L2.Instances.Tests.Unit;

public class AddressChecksTests
{
    private const string File = "infra/os/ubuntu/personas/docker/spec/terraform.json";

    [TestCase("192.168.86.228", "ip=192.168.86.228/24,gw=192.168.86.1")]
    [TestCase("192.168.86.224", "ip=192.168.86.224/24,gw=192.168.86.223")]
    [TestCase("10.1.2.3", "ip=10.1.2.3/8,gw=10.200.0.1")]
    public void A_matching_address_with_a_gateway_in_its_network_passes(string ip, string ipConfig)
    {
        var host = SpecBuilder.Host("carrie", ip, ipConfig: ipConfig);

        Assert.That(AddressChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host), Is.Empty);
    }

    [Test]
    public void An_ip_that_is_not_ipconfigs_address_is_named_on_the_ip_line()
    {
        var host = SpecBuilder.Host("carrie", "192.168.86.228", line: 3, ipConfig: "ip=192.168.86.229/24,gw=192.168.86.1");

        var problems = AddressChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:4: carrie: ip 192.168.86.228 is not the address ipconfig sets (192.168.86.229); make the two the same.",
        }));
    }

    [Test]
    public void A_gateway_outside_the_prefix_is_named_on_the_ipconfig_line()
    {
        var host = SpecBuilder.Host("carrie", "192.168.86.228", line: 3, ipConfig: "ip=192.168.86.228/25,gw=192.168.86.1");

        var problems = AddressChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:12: carrie: ipconfig's gateway 192.168.86.1 is outside 192.168.86.128/25; use a gateway in the host's network, or correct the prefix.",
        }));
    }

    [Test]
    public void A_gateway_that_is_the_host_itself_is_refused()
    {
        var host = SpecBuilder.Host("carrie", "192.168.86.1", ipConfig: "ip=192.168.86.1/24,gw=192.168.86.1");

        var problems = AddressChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host).ToList();

        Assert.That(problems.Single().Message, Is.EqualTo("ipconfig's gateway 192.168.86.1 is the host's own address; use the router's address."));
    }

    [TestCase("dhcp")]
    [TestCase("ip=192.168.86.228/24")]
    [TestCase("ip=192.168.86.228,gw=192.168.86.1")]
    [TestCase("ip=192.168.86.228/33,gw=192.168.86.1")]
    [TestCase("ip=fd00::5/64,gw=fd00::1")]
    [TestCase("ip=10.1/8,gw=10.0.0.1")]
    [TestCase("gw=192.168.86.1,ip=192.168.86.228/24")]
    public void An_ipconfig_of_another_form_says_how_to_write_it(string ipConfig)
    {
        var host = SpecBuilder.Host("carrie", ipConfig: ipConfig);

        var problem = AddressChecks.Check(SpecBuilder.Spec("ubuntu", "docker", host), host).Single();

        Assert.That(problem.ToString(), Is.EqualTo(
            $"{File}:12: carrie: ipconfig \"{ipConfig}\" is not ip=<address>/<prefix>,gw=<gateway>; write it as e.g. ip=192.168.86.228/24,gw=192.168.86.1."));
    }

    [Test]
    public void The_network_clears_the_host_bits()
    {
        var config = IpConfig.TryParse("ip=192.168.86.228/20,gw=192.168.80.1")!;

        Assert.That(config.Network.ToString(), Is.EqualTo("192.168.80.0/20"));
        Assert.That(config.PrefixLength, Is.EqualTo(20));
    }
}
