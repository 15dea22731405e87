using HomeLab.Testing;

namespace HomeLab.Manifests.Tests;

/// <summary>A lab from the original tooling, as it is: no template.json, symlinked stable manifests, the original's fields.</summary>
public class OriginalLabTests
{
    private OriginalLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new OriginalLab();
        _manifests = new LabManifests(_lab.Root);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_fixture_has_real_symlinks_and_no_template()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(_lab.StablePath("ubuntu")).LinkTarget, Is.EqualTo("../artifacts/" + OriginalLab.UbuntuStable));
            Assert.That(new FileInfo(_lab.IsoStablePath("arch")).LinkTarget, Is.EqualTo("../artifacts/" + OriginalLab.ArchStable));
            Assert.That(Directory.EnumerateFiles(_lab.Root, "template.json", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public void Every_folder_with_artifacts_spec_or_personas_is_an_os()
    {
        Assert.That(_manifests.ListOperatingSystems(), Is.EqualTo(new[] { "arch", "haos", "ubuntu" }));
        Assert.That(_manifests.ListOperatingSystems().Select(_manifests.HasTemplate), Is.All.False);
    }

    [TestCase("artifacts")]
    [TestCase("spec")]
    [TestCase("personas")]
    public void One_of_the_three_folders_is_enough(string folder)
    {
        Directory.CreateDirectory(Path.Combine(_lab.OsDirectory("fedora"), folder));

        Assert.That(_manifests.ListOperatingSystems(), Does.Contain("fedora"));
    }

    [Test]
    public void A_folder_with_none_of_them_is_not_an_os()
    {
        Directory.CreateDirectory(Path.Combine(_lab.OsDirectory("fedora"), "packer"));

        Assert.That(_manifests.ListOperatingSystems(), Does.Not.Contain("fedora").And.Not.Contain("shared"));
    }

    [Test]
    public void The_vm_history_is_newest_first_with_the_linked_artifact_stable()
    {
        var history = _manifests.ListHistory("ubuntu");

        Assert.Multiple(() =>
        {
            Assert.That(history.Select(e => e.FileName), Is.EqualTo(new[] { OriginalLab.UbuntuNewest, OriginalLab.UbuntuStable, OriginalLab.UbuntuOldest }));
            Assert.That(history.Where(e => e.IsStable).Select(e => e.FileName), Is.EqualTo(new[] { OriginalLab.UbuntuStable }));
            Assert.That(history.StableProblems, Is.Empty);
            Assert.That(history.Stable(ArtifactFamily.VmTemplate)!.IsLegacySymlink, Is.True);
            Assert.That(history[1].BuiltAt, Is.EqualTo(new DateTimeOffset(2025, 4, 12, 9, 30, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void The_iso_history_is_ordered_by_built_at_with_the_linked_iso_stable()
    {
        var history = _manifests.ListHistory("arch");

        Assert.Multiple(() =>
        {
            Assert.That(history.Select(e => e.FileName), Is.EqualTo(new[] { OriginalLab.ArchStable, OriginalLab.ArchOlder }));
            Assert.That(history.Select(e => e.Family), Is.All.EqualTo(ArtifactFamily.Iso));
            Assert.That(history.StableEntry(ArtifactFamily.Iso)!.FileName, Is.EqualTo(OriginalLab.ArchStable));
            Assert.That(history.Stable(ArtifactFamily.VmTemplate), Is.Null);
        });
    }

    [Test]
    public void An_os_with_personas_only_has_an_empty_history()
    {
        var history = _manifests.ListHistory("haos");

        Assert.That(history, Is.Empty);
        Assert.That(history.StableManifests, Is.Empty);
    }

    [Test]
    public void The_original_fields_are_read()
    {
        var vm = _manifests.ReadArtifact("ubuntu", OriginalLab.UbuntuStable);
        var iso = _manifests.ReadArtifact("arch", OriginalLab.ArchStable);

        Assert.Multiple(() =>
        {
            Assert.That(vm.Vmid, Is.EqualTo(OriginalLab.UbuntuStableVmid));
            Assert.That(vm.Name, Is.EqualTo(OriginalLab.TemplateName(OriginalLab.UbuntuStableVmid)));
            Assert.That(vm.Node, Is.EqualTo(OriginalLab.Node));
            Assert.That(vm.Kind, Is.Null, "the original did not record the kind");
            Assert.That(vm.Family, Is.EqualTo(ArtifactFamily.VmTemplate));
            Assert.That(iso.IsoName, Is.EqualTo("archlinux-2025.04.01-x86_64.iso"));
            Assert.That(iso.ProxmoxStorage, Is.EqualTo("local"));
            Assert.That(iso.Family, Is.EqualTo(ArtifactFamily.Iso));
        });
    }

    [Test]
    public void A_template_ref_resolves_through_the_link()
    {
        var resolved = _manifests.Resolve("ubuntu/stable");

        Assert.That(resolved.ArtifactFileName, Is.EqualTo(OriginalLab.UbuntuStable));
        Assert.That(resolved.Manifest.Vmid, Is.EqualTo(OriginalLab.UbuntuStableVmid));
    }

    [Test]
    public void Promoting_replaces_the_link_with_a_copy_and_keeps_every_artifact()
    {
        var before = ArtifactBytes();

        var result = _manifests.Promote("ubuntu", OriginalLab.UbuntuNewest);

        var stable = _manifests.ReadStable("ubuntu")!;
        Assert.Multiple(() =>
        {
            Assert.That(result.ReplacedLegacySymlink, Is.True);
            Assert.That(result.From, Is.EqualTo(OriginalLab.UbuntuStable));
            Assert.That(new FileInfo(_lab.StablePath("ubuntu")).LinkTarget, Is.Null);
            Assert.That(stable.PromotedFrom, Is.EqualTo(OriginalLab.UbuntuNewest));
            Assert.That(stable.Manifest.Vmid, Is.EqualTo(OriginalLab.UbuntuNewestVmid));
            Assert.That(stable.Manifest.GetString("cloud_image_url"), Does.StartWith("https://cloud-images.ubuntu.com/"));
            Assert.That(ArtifactBytes(), Is.EqualTo(before), "no artifact is touched");
        });
    }

    [Test]
    public void Rolling_back_takes_the_build_before_the_link_target()
    {
        var vm = _manifests.PromotePrevious("ubuntu");
        var iso = _manifests.PromotePrevious("arch");

        Assert.Multiple(() =>
        {
            Assert.That(vm.To, Is.EqualTo(OriginalLab.UbuntuOldest));
            Assert.That(iso.To, Is.EqualTo(OriginalLab.ArchOlder));
            Assert.That(_manifests.ReadStable("arch", ArtifactFamily.Iso)!.Manifest.IsoName, Is.EqualTo("archlinux-2025.03.01-x86_64.iso"));
        });
    }

    private Dictionary<string, byte[]> ArtifactBytes() =>
        Directory.EnumerateFiles(_lab.Root, "*.json", SearchOption.AllDirectories)
            .Where(path => path.Contains("/artifacts/", StringComparison.Ordinal))
            .ToDictionary(path => path, File.ReadAllBytes);
}
