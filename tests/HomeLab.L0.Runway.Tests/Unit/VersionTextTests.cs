using HomeLab.L0.Runway.Tools;

namespace HomeLab.L0.Runway.Tests.Unit;

public sealed class VersionTextTests
{
    [TestCase("Terraform v1.9.5\non linux_amd64", "1.9.5")]
    [TestCase("Packer v1.11.2", "1.11.2")]
    [TestCase("ansible-playbook [core 2.15.0]\n  config file = None", "2.15.0")]
    [TestCase("OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026", "9.2p1")]
    [TestCase("v3.68.0", "3.68.0")]
    [TestCase("1.2.3-rc.1.", "1.2.3-rc.1")]
    public void The_first_version_looking_token_is_taken(string output, string expected) =>
        Assert.That(VersionText.Find(output), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("usage: tool [options]")]
    [TestCase("build 42")]
    public void Output_without_a_version_gives_none(string output) =>
        Assert.That(VersionText.Find(output), Is.Null);
}
