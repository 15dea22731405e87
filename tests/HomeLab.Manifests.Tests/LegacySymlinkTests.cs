namespace HomeLab.Manifests.Tests;

/// <summary>The original tooling made the stable manifest a symbolic link to the artifact.</summary>
public class LegacySymlinkTests
{
    private const string Old = "vm-template-20250101-000000.json";
    private const string New = "vm-template-20260101-000000.json";
    private TempLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _manifests = new LabManifests(_lab.Root);
        _lab.Artifact("ubuntu", Old, TempLab.VmArtifact(9000, "tpl-old"));
        _lab.Artifact("ubuntu", New, TempLab.VmArtifact(9001, "tpl-new"));
        Directory.CreateDirectory(Path.GetDirectoryName(_lab.StablePath("ubuntu"))!);
        File.CreateSymbolicLink(_lab.StablePath("ubuntu"), "../artifacts/" + Old);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_link_is_read_through_and_its_target_is_where_it_was_promoted_from()
    {
        var stable = _manifests.ReadStable("ubuntu")!;

        Assert.Multiple(() =>
        {
            Assert.That(stable.IsLegacySymlink, Is.True);
            Assert.That(stable.LinkTarget, Is.EqualTo("../artifacts/" + Old));
            Assert.That(stable.PromotedFrom, Is.EqualTo(Old));
            Assert.That(stable.PromotedAt, Is.Null);
            Assert.That(stable.Manifest.Vmid, Is.EqualTo(9000));
            Assert.That(_manifests.ListHistory("ubuntu").Single(e => e.IsStable).FileName, Is.EqualTo(Old));
            Assert.That(_manifests.Resolve("ubuntu/stable").ArtifactFileName, Is.EqualTo(Old));
        });
    }

    [Test]
    public void Promotion_replaces_the_link_with_a_copy_and_leaves_the_artifacts_alone()
    {
        var oldBytes = File.ReadAllBytes(_lab.ArtifactPath("ubuntu", Old));
        var newBytes = File.ReadAllBytes(_lab.ArtifactPath("ubuntu", New));

        var result = _manifests.Promote("ubuntu", New);

        var info = new FileInfo(_lab.StablePath("ubuntu"));
        Assert.Multiple(() =>
        {
            Assert.That(info.LinkTarget, Is.Null, "the link is gone");
            Assert.That(result.ReplacedLegacySymlink, Is.True);
            Assert.That(result.From, Is.EqualTo(Old));
            Assert.That(_manifests.ReadStable("ubuntu")!.Manifest.Vmid, Is.EqualTo(9001));
            Assert.That(File.ReadAllBytes(_lab.ArtifactPath("ubuntu", Old)), Is.EqualTo(oldBytes), "the old link target is untouched");
            Assert.That(File.ReadAllBytes(_lab.ArtifactPath("ubuntu", New)), Is.EqualTo(newBytes));
        });
    }

    [Test]
    public void Promoting_the_link_target_itself_still_turns_the_link_into_a_copy()
    {
        var oldBytes = File.ReadAllBytes(_lab.ArtifactPath("ubuntu", Old));

        var result = _manifests.Promote("ubuntu", Old);

        Assert.That(result.Changed, Is.True);
        Assert.That(new FileInfo(_lab.StablePath("ubuntu")).LinkTarget, Is.Null);
        Assert.That(_manifests.ReadStable("ubuntu")!.PromotedFrom, Is.EqualTo(Old));
        Assert.That(File.ReadAllBytes(_lab.ArtifactPath("ubuntu", Old)), Is.EqualTo(oldBytes));
    }

    [Test]
    public void Rolling_back_from_a_link_takes_the_build_before_its_target()
    {
        File.Delete(_lab.StablePath("ubuntu"));
        File.CreateSymbolicLink(_lab.StablePath("ubuntu"), "../artifacts/" + New);

        var result = _manifests.PromotePrevious("ubuntu");

        Assert.That(result.To, Is.EqualTo(Old));
        Assert.That(new FileInfo(_lab.StablePath("ubuntu")).LinkTarget, Is.Null);
    }

    [Test]
    public void A_dangling_link_says_so()
    {
        File.Delete(_lab.ArtifactPath("ubuntu", Old));

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadStable("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo(
            $"infra/os/ubuntu/spec/vm-template-stable.json: a link to ../artifacts/{Old}, which does not exist; promote an existing artifact to replace it."));
        Assert.That(_manifests.Promote("ubuntu", New).From, Is.Null);
        Assert.That(_manifests.ReadStable("ubuntu")!.Manifest.Vmid, Is.EqualTo(9001));
    }
}
