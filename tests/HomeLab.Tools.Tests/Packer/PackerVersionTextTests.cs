using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerVersionTextTests
{
    [TestCase("Packer v1.6.6", "1.6.6")]
    [TestCase("Packer v1.9.4\n\nYour version of Packer is out of date! The latest version\nis 1.11.2.", "1.9.4")]
    [TestCase("1.10.0", "1.10.0")]
    [TestCase("Packer v1.11.0-dev", "1.11.0")]
    [TestCase("Packer v1.7", "1.7.0")]
    [TestCase("1795695160,,version,1.6.6\n1795695160,,ui,say,Packer v1.6.6", "1.6.6")]
    public void Reads_the_first_version(string output, string expected)
    {
        Assert.That(PackerVersionText.Parse(output), Is.EqualTo(Version.Parse(expected)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Packer")]
    [TestCase("Usage: packer [--version] [--help] <command> [<args>]")]
    public void Finds_nothing_where_there_is_no_version(string? output)
    {
        Assert.That(PackerVersionText.Parse(output), Is.Null);
    }
}
