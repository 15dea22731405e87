namespace HomeLab.Manifests.Tests;

public class HistoryTests
{
    private TempLab _lab = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _manifests = new LabManifests(_lab.Root);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void History_is_newest_first_by_the_time_in_the_names()
    {
        // Written in an order that is neither the name order nor the time order, with file times that disagree.
        foreach (var name in new[]
                 {
                     "vm-template-20260101-090000.json",
                     "vm-template-20251231-235959.json",
                     "vm-template-20260101-090000-2.json",
                     "vm-template-20260315-000000.json",
                     "vm-template-20260101-090000-10.json",
                 })
        {
            _lab.Artifact("ubuntu", name, TempLab.VmArtifact(9000, "tpl"));
            File.SetLastWriteTimeUtc(_lab.ArtifactPath("ubuntu", name), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var history = _manifests.ListHistory("ubuntu");

        Assert.That(history.Select(e => e.FileName), Is.EqualTo(new[]
        {
            "vm-template-20260315-000000.json",
            "vm-template-20260101-090000-10.json",
            "vm-template-20260101-090000-2.json",
            "vm-template-20260101-090000.json",
            "vm-template-20251231-235959.json",
        }));
        Assert.That(history[0].BuiltAt, Is.EqualTo(new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(history[1].Sequence, Is.EqualTo(10));
    }

    [Test]
    public void Iso_builds_are_ordered_by_their_built_at()
    {
        _lab.Artifact("arch", "archlinux-2026.12.01-x86_64.json", TempLab.IsoArtifact("archlinux-2026.12.01-x86_64.iso", "2026-12-01T08:00:00Z"));
        _lab.Artifact("arch", "archlinux-custom.json", TempLab.IsoArtifact("archlinux-custom.iso", "2027-01-05T08:00:00Z"));
        _lab.Artifact("arch", "archlinux-2026.11.01-x86_64.json", TempLab.IsoArtifact("archlinux-2026.11.01-x86_64.iso", "2026-11-01T08:00:00Z"));

        var history = _manifests.ListHistory("arch");

        Assert.That(history.Select(e => e.FileName), Is.EqualTo(new[]
        {
            "archlinux-custom.json", "archlinux-2026.12.01-x86_64.json", "archlinux-2026.11.01-x86_64.json",
        }));
        Assert.That(history.All(e => e.Family == ArtifactFamily.Iso), Is.True);
    }

    [Test]
    public void Listing_does_not_open_vm_template_artifacts_so_a_broken_one_only_fails_when_read()
    {
        _lab.Write("infra/os/ubuntu/artifacts/vm-template-20260101-000000.json", "{ not json");
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", TempLab.VmArtifact(9000, "tpl"));

        var history = _manifests.ListHistory("ubuntu");

        Assert.That(history.Select(e => e.FileName), Is.EqualTo(new[] { "vm-template-20260101-000000.json", "vm-template-20250101-000000.json" }));
        Assert.That(history[1].Read().Vmid, Is.EqualTo(9000));
        var error = Assert.Throws<ManifestException>(() => history[0].Read())!;
        Assert.That(error.Message, Does.StartWith("infra/os/ubuntu/artifacts/vm-template-20260101-000000.json:1: invalid JSON:"));
    }

    [Test]
    public void Temporary_and_hidden_files_are_not_artifacts()
    {
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", TempLab.VmArtifact(9000, "tpl"));
        _lab.Write("infra/os/ubuntu/artifacts/.vm-template-20250101-000001.json.123.abc.tmp", "{}");
        _lab.Write("infra/os/ubuntu/artifacts/.hidden.json", "{}");
        _lab.Write("infra/os/ubuntu/artifacts/README.md", "notes");

        Assert.That(_manifests.ListHistory("ubuntu").Select(e => e.FileName), Is.EqualTo(new[] { "vm-template-20250101-000000.json" }));
    }

    [Test]
    public void An_os_without_artifacts_has_an_empty_history()
    {
        var history = _manifests.ListHistory("ubuntu");

        Assert.That(history, Is.Empty);
        Assert.That(history.StableManifests, Is.Empty);
    }

    [Test]
    public void The_stable_artifact_is_marked()
    {
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", TempLab.VmArtifact(9000, "old"));
        _lab.Artifact("ubuntu", "vm-template-20260101-000000.json", TempLab.VmArtifact(9001, "new"));
        _manifests.Promote("ubuntu", "vm-template-20250101-000000.json");

        var history = _manifests.ListHistory("ubuntu");

        Assert.That(history.Select(e => e.IsStable), Is.EqualTo(new[] { false, true }));
        Assert.That(history.StableEntry(ArtifactFamily.VmTemplate)!.FileName, Is.EqualTo("vm-template-20250101-000000.json"));
        Assert.That(history.Stable(ArtifactFamily.VmTemplate)!.Manifest.Name, Is.EqualTo("old"));
        Assert.That(history.Stable(ArtifactFamily.Iso), Is.Null);
    }

    [Test]
    public void A_broken_stable_manifest_is_reported_without_failing_the_listing()
    {
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", TempLab.VmArtifact(9000, "old"));
        _lab.Write("infra/os/ubuntu/spec/vm-template-stable.json", "{", "  \"vmid\": true", "}");

        var history = _manifests.ListHistory("ubuntu");

        Assert.That(history.Single().IsStable, Is.False);
        Assert.That(history.StableProblems, Is.EqualTo(new[]
        {
            "infra/os/ubuntu/spec/vm-template-stable.json:2: vmid: must be a Proxmox VMID (a positive whole number)",
        }));
    }
}
