using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerFeaturesTests
{
    [TestCase("1.6.6", false)]
    [TestCase("1.6.99", false)]
    [TestCase("1.7.0", true)]
    [TestCase("1.7", true)]
    [TestCase("1.9.4", true)]
    [TestCase("1.11.2", true)]
    [TestCase("2.0.0", true)]
    public void Init_exists_from_packer_1_7(string version, bool expected)
    {
        Assert.That(PackerFeatures.SupportsInit(Version.Parse(version)), Is.EqualTo(expected));
    }

    [Test]
    public void An_old_packer_skips_init_and_says_which_version_lacks_it()
    {
        var reason = PackerFeatures.InitSkipReason(new Version(1, 6, 6), Template("/lab/packer", isFile: false));

        Assert.That(reason, Does.StartWith("packer 1.6.6 has no init command (it came in packer 1.7.0)"));
    }

    [Test]
    public void A_json_template_skips_init_even_on_a_new_packer()
    {
        var reason = PackerFeatures.InitSkipReason(new Version(1, 9, 4), Template("/lab/packer/ubuntu.json", isFile: true));

        Assert.That(reason, Is.EqualTo("packer init reads HCL2 templates only, and /lab/packer/ubuntu.json is a JSON template"));
    }

    [Test]
    public void A_new_packer_with_an_hcl_template_runs_init()
    {
        Assert.That(PackerFeatures.InitSkipReason(new Version(1, 9, 4), Template("/lab/packer", isFile: false)), Is.Null);
        Assert.That(PackerFeatures.InitSkipReason(new Version(1, 9, 4), Template("/lab/packer/ubuntu.pkr.hcl", isFile: true)), Is.Null);
    }

    private static PackerTemplatePath Template(string path, bool isFile) =>
        new(path, new Cake.Core.IO.DirectoryPath(isFile ? Path.GetDirectoryName(path)! : path), isFile);
}
