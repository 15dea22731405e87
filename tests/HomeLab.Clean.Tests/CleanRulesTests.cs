namespace HomeLab.Clean.Tests;

public class CleanRulesTests
{
    [Test]
    public void The_documented_patterns()
    {
        Assert.That(CleanRules.All.Select(r => r.Pattern), Is.EqualTo(new[]
        {
            "artifacts/", ".iso-build/", ".template-build-*/", ".cache/", "**/inventory/rendered/", "**/*.rendered.*",
            "**/output-*/", "**/packer_cache/", "**/packer-manifest.json", "**/*.tfplan", "**/tfplan",
            "**/.ansible/", "**/fact_cache/", "**/*.retry",
        }));
    }

    [TestCase("terraform.tfstate", ProtectedPaths.TerraformState)]
    [TestCase("terraform.tfstate.backup", ProtectedPaths.TerraformState)]
    [TestCase("terraform.tfstate.1700000000.backup", ProtectedPaths.TerraformState)]
    [TestCase("errored.tfstate", ProtectedPaths.TerraformState)]
    [TestCase(".env", ProtectedPaths.EnvironmentFile)]
    [TestCase(".env.production", ProtectedPaths.EnvironmentFile)]
    [TestCase("lab.env", ProtectedPaths.EnvironmentFile)]
    [TestCase(".doppler", ProtectedPaths.DopplerConfiguration)]
    [TestCase("doppler.yaml", ProtectedPaths.DopplerConfiguration)]
    [TestCase(".doppler.yml", ProtectedPaths.DopplerConfiguration)]
    [TestCase("plan.tfplan", null)]
    [TestCase(".terraform", ProtectedPaths.TerraformWorkingFolder)]
    [TestCase(".terraform.lock.hcl", ProtectedPaths.TerraformLockFile)]
    [TestCase(".terraform.tfstate.lock.info", ProtectedPaths.TerraformState)]
    [TestCase("environment.md", null)]
    [TestCase("tfstate.md", null)]
    public void Protected_names(string name, string? reason) =>
        Assert.That(ProtectedPaths.ReasonToKeep(name), Is.EqualTo(reason));

    [TestCase("artifacts", null, true, true, true)]
    [TestCase("artifacts", "src", false, true, false)]
    [TestCase("artifacts", null, true, false, false)]
    [TestCase("rendered", "inventory", false, true, true)]
    [TestCase("rendered", "templates", false, true, false)]
    [TestCase("output-ubuntu-2404", "packer", false, true, true)]
    [TestCase("output-ubuntu", "packer", false, false, false)]
    [TestCase("site.retry", "ansible", false, false, true)]
    [TestCase("hosts.rendered.yml", "ansible", false, false, true)]
    public void Rules_match_by_name_place_and_kind(string name, string? parent, bool atRoot, bool isDirectory, bool matches) =>
        Assert.That(CleanRules.Match(name, parent, atRoot, isDirectory, isLink: false) is not null, Is.EqualTo(matches));

    [Test]
    public void A_link_matches_a_directory_rule_by_name() =>
        Assert.That(CleanRules.Match("packer_cache", "packer", atRoot: false, isDirectory: false, isLink: true)?.Description,
            Is.EqualTo("Packer cache"));
}
