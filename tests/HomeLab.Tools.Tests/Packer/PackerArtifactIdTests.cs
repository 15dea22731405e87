using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerArtifactIdTests
{
    [TestCase("9000", 9000)]
    [TestCase(" 9001 ", 9001)]
    [TestCase("100", 100)]
    [TestCase("999999999", 999999999)]
    [TestCase("pve:9000", 9000)]
    [TestCase("pve-01:123456", 123456)]
    [TestCase("qemu/9002", 9002)]
    public void Reads_the_vmid(string artifactId, int expected)
    {
        Assert.That(PackerArtifactId.TryParseVmid(artifactId, out var vmid), Is.True);
        Assert.That(vmid, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Null")]
    [TestCase("99")]
    [TestCase("1000000000")]
    [TestCase("9000a")]
    [TestCase("-9000")]
    [TestCase("pve:")]
    [TestCase("ami-0abcd1234")]
    public void Rejects_what_is_not_a_vmid(string? artifactId)
    {
        Assert.That(PackerArtifactId.TryParseVmid(artifactId, out _), Is.False);
    }
}
