using Cake.Core;
using HomeLab.Testing;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerBuildPlanTests
{
    private static readonly string ProxmoxFixture =
        Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "proxmox-two-runs.packer-manifest.json");

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase(null, "Building with packer: SKIP_BUILD is not set.")]
    [TestCase("", "Building with packer: SKIP_BUILD is not set.")]
    [TestCase("0", "Building with packer: SKIP_BUILD=0 is not 1.")]
    [TestCase("yes", "Building with packer: SKIP_BUILD=yes is not 1.")]
    [TestCase("true", "Building with packer: SKIP_BUILD=true is not 1.")]
    public void Anything_but_1_builds(string? skipBuild, string reason)
    {
        var plan = PackerBuildPlan.Decide(skipBuild, ProxmoxFixture);

        Assert.That(plan.Build, Is.True);
        Assert.That(plan.ReusedVmid, Is.Null);
        Assert.That(plan.Reason, Is.EqualTo(reason));
    }

    [TestCase("1")]
    [TestCase(" 1 ")]
    public void Skip_build_1_reuses_the_last_runs_vmid(string skipBuild)
    {
        var plan = PackerBuildPlan.Decide(skipBuild, ProxmoxFixture);

        Assert.That(plan.Build, Is.False);
        Assert.That(plan.ReusedVmid, Is.EqualTo(9001));
        Assert.That(plan.ReusedBuild!.BuilderType, Is.EqualTo("proxmox-clone"));
        Assert.That(plan.Reason, Is.EqualTo(
            $"Skipping packer build (SKIP_BUILD=1): reusing VMID 9001 from build 'ubuntu' (proxmox-clone) in {ProxmoxFixture}."));
    }

    [Test]
    public void Skip_build_1_without_a_manifest_is_one_line_saying_how_to_build()
    {
        var path = _temp.Combine("packer", "packer-manifest.json");

        var error = Assert.Throws<CakeException>(() => PackerBuildPlan.Decide("1", path))!;

        Assert.That(error.Message, Is.EqualTo(
            $"SKIP_BUILD=1 reuses the last packer build, but there is no packer manifest at {path}; unset SKIP_BUILD to build."));
    }

    [Test]
    public void Skip_build_1_with_a_manifest_without_a_vmid_fails_on_the_vmid()
    {
        var path = _temp.File("packer-manifest.json",
            "{\"builds\": [{\"name\": \"lab\", \"builder_type\": \"null\", \"artifact_id\": \"Null\", \"packer_run_uuid\": \"r\"}], \"last_run_uuid\": \"r\"}");

        var error = Assert.Throws<CakeException>(() => PackerBuildPlan.Decide("1", path))!;

        Assert.That(error.Message, Does.Contain("has the artifact_id 'Null', which is not a Proxmox VMID"));
    }
}
