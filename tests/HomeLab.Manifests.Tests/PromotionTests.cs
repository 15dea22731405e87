using System.Text.Json.Nodes;

namespace HomeLab.Manifests.Tests;

public class PromotionTests
{
    private const string A = "vm-template-20260101-000000.json";
    private const string B = "vm-template-20260102-000000.json";
    private const string C = "vm-template-20260103-000000.json";
    private TempLab _lab = null!;
    private ManualClock _clock = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, 250, TimeSpan.Zero));
        _manifests = new LabManifests(_lab.Root, _clock);
        _lab.Artifact("ubuntu", A, TempLab.VmArtifact(9000, "tpl-a"));
        _lab.Artifact("ubuntu", B, TempLab.VmArtifact(9001, "tpl-b"));
        _lab.Artifact("ubuntu", C, TempLab.VmArtifact(9002, "tpl-c"));
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_stable_manifest_is_a_complete_copy_plus_where_and_when_it_came_from()
    {
        var artifactBytes = File.ReadAllBytes(_lab.ArtifactPath("ubuntu", B));

        var result = _manifests.Promote("ubuntu", B);

        var stable = JsonNode.Parse(File.ReadAllText(_lab.StablePath("ubuntu")))!.AsObject();
        var artifact = JsonNode.Parse(artifactBytes)!.AsObject();
        Assert.Multiple(() =>
        {
            foreach (var (field, value) in artifact)
            {
                Assert.That(JsonNode.DeepEquals(stable[field], value), Is.True, field);
            }

            Assert.That(stable["operator_note"]!["owners"]![1]!.GetValue<string>(), Is.EqualTo("bo"), "an operator's own fields survive");
            Assert.That(stable["promoted_from"]!.GetValue<string>(), Is.EqualTo(B));
            Assert.That(stable["promoted_at"]!.GetValue<string>(), Is.EqualTo("2026-11-26T12:00:00Z"));
            Assert.That(stable.Count, Is.EqualTo(artifact.Count + 2));
            Assert.That(File.ReadAllBytes(_lab.ArtifactPath("ubuntu", B)), Is.EqualTo(artifactBytes), "the artifact is untouched");
            Assert.That(new FileInfo(_lab.StablePath("ubuntu")).LinkTarget, Is.Null);
            Assert.That(result, Is.EqualTo(new PromotionResult
            {
                Os = "ubuntu",
                Family = ArtifactFamily.VmTemplate,
                StableManifestPath = _lab.StablePath("ubuntu"),
                From = null,
                To = B,
                PromotedAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
                Changed = true,
                ReplacedLegacySymlink = false,
                Action = "promote",
            }));
        });
    }

    [Test]
    public void Text_is_written_as_it_is_rather_than_escaped()
    {
        var artifact = TempLab.VmArtifact(9003, "tpl-d");
        artifact["description"] = "Ubuntu 24.04 + café <beta> & 'more'";
        _lab.Artifact("ubuntu", "vm-template-20260104-000000.json", artifact);

        _manifests.Promote("ubuntu", "vm-template-20260104-000000.json");

        Assert.That(File.ReadAllText(_lab.StablePath("ubuntu")), Does.Contain("\"description\": \"Ubuntu 24.04 + café <beta> & 'more'\""));
    }

    [Test]
    public void Promotion_is_recorded_in_the_promotion_log()
    {
        _manifests.Promote("ubuntu", A);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _manifests.Promote("ubuntu", B);

        Assert.That(File.ReadAllLines(_lab.SpecPath("ubuntu", "promotions.log")), Is.EqualTo(new[]
        {
            $"{{\"at\":\"2026-11-26T12:00:00Z\",\"stable\":\"vm-template-stable.json\",\"action\":\"promote\",\"from\":null,\"to\":\"{A}\"}}",
            $"{{\"at\":\"2026-11-26T12:05:00Z\",\"stable\":\"vm-template-stable.json\",\"action\":\"promote\",\"from\":\"{A}\",\"to\":\"{B}\"}}",
        }));
        Assert.That(_manifests.ReadPromotionLog("ubuntu").Select(r => (r.From, r.To)), Is.EqualTo(new[] { ((string?)null, A), (A, B) }));
    }

    [Test]
    public void Promoting_the_stable_artifact_again_changes_nothing()
    {
        _manifests.Promote("ubuntu", A);
        var before = File.ReadAllText(_lab.StablePath("ubuntu"));
        _clock.Advance(TimeSpan.FromHours(1));

        var result = _manifests.Promote("ubuntu", A);

        Assert.That(result.Changed, Is.False);
        Assert.That(result.From, Is.EqualTo(A));
        Assert.That(File.ReadAllText(_lab.StablePath("ubuntu")), Is.EqualTo(before));
        Assert.That(_manifests.ReadPromotionLog("ubuntu"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Promoting_a_missing_artifact_fails_and_keeps_the_stable_manifest()
    {
        _manifests.Promote("ubuntu", A);
        var before = File.ReadAllText(_lab.StablePath("ubuntu"));

        var error = Assert.Throws<ManifestException>(() => _manifests.Promote("ubuntu", "vm-template-20990101-000000.json"))!;

        Assert.That(error.Message, Is.EqualTo(
            "infra/os/ubuntu/artifacts/vm-template-20990101-000000.json: no such artifact; choose one from ubuntu's history (its artifacts folder)."));
        Assert.That(File.ReadAllText(_lab.StablePath("ubuntu")), Is.EqualTo(before));
    }

    [Test]
    public void Promoting_a_broken_artifact_fails_and_keeps_the_stable_manifest()
    {
        _manifests.Promote("ubuntu", A);
        var before = File.ReadAllText(_lab.StablePath("ubuntu"));
        _lab.Write("infra/os/ubuntu/artifacts/vm-template-20260104-000000.json", "{", "  \"kind\": \"packer\"", "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.Promote("ubuntu", "vm-template-20260104-000000.json"))!;

        Assert.That(error.Message.Split(Environment.NewLine), Is.EqualTo(new[]
        {
            "infra/os/ubuntu/artifacts/vm-template-20260104-000000.json:2: name: is required (kind packer)",
            "infra/os/ubuntu/artifacts/vm-template-20260104-000000.json:2: vmid: is required (kind packer)",
        }));
        Assert.That(File.ReadAllText(_lab.StablePath("ubuntu")), Is.EqualTo(before));
    }

    [Test]
    public void A_broken_stable_manifest_is_repaired_by_a_promotion()
    {
        _lab.Write("infra/os/ubuntu/spec/vm-template-stable.json", "{ broken");

        var result = _manifests.Promote("ubuntu", C);

        Assert.That(result.From, Is.Null);
        Assert.That(_manifests.ReadStable("ubuntu")!.Manifest.Vmid, Is.EqualTo(9002));
    }

    [Test]
    public void Rolling_back_walks_back_through_the_promotions()
    {
        _manifests.Promote("ubuntu", A);
        _manifests.Promote("ubuntu", B);
        _manifests.Promote("ubuntu", C);

        var first = _manifests.PromotePrevious("ubuntu");
        Assert.That((first.From, first.To, first.Action), Is.EqualTo((C, B, "rollback")));
        Assert.That(_manifests.ReadStable("ubuntu")!.Manifest.Name, Is.EqualTo("tpl-b"));

        var second = _manifests.PromotePrevious("ubuntu");
        Assert.That((second.From, second.To), Is.EqualTo((B, A)));
        Assert.That(_manifests.ReadStable("ubuntu")!.PromotedFrom, Is.EqualTo(A));
    }

    [Test]
    public void Rolling_back_after_promoting_out_of_order_returns_to_what_was_stable_not_to_the_next_older_build()
    {
        _manifests.Promote("ubuntu", C);
        _manifests.Promote("ubuntu", A);

        var result = _manifests.PromotePrevious("ubuntu");

        Assert.That(result.To, Is.EqualTo(C));
    }

    [Test]
    public void Without_a_promotion_log_rollback_takes_the_build_before_the_stable_one()
    {
        _manifests.Promote("ubuntu", C);
        File.Delete(_lab.SpecPath("ubuntu", "promotions.log"));

        var result = _manifests.PromotePrevious("ubuntu");

        Assert.That(result.To, Is.EqualTo(B));
    }

    [Test]
    public void A_log_that_disagrees_with_the_stable_manifest_is_not_trusted()
    {
        _manifests.Promote("ubuntu", C);
        _manifests.Promote("ubuntu", A);
        // An operator put B in place by hand: the log's last entry (A) is no longer what is stable, and its answer (C)
        // would be wrong.
        var stable = JsonNode.Parse(File.ReadAllText(_lab.ArtifactPath("ubuntu", B)))!.AsObject();
        stable["promoted_from"] = B;
        File.WriteAllText(_lab.StablePath("ubuntu"), stable.ToJsonString());

        var result = _manifests.PromotePrevious("ubuntu");

        Assert.That(result.To, Is.EqualTo(A), "the build before B");
    }

    [Test]
    public void A_torn_last_line_in_the_log_does_not_break_later_promotions()
    {
        _manifests.Promote("ubuntu", A);
        File.AppendAllText(_lab.SpecPath("ubuntu", "promotions.log"), "{\"at\":\"2026-11-26T12:00:00Z\",\"sta");
        _manifests.Promote("ubuntu", B);

        Assert.That(_manifests.ReadPromotionLog("ubuntu").Select(r => r.To), Is.EqualTo(new[] { A, B }));
        Assert.That(_manifests.PromotePrevious("ubuntu").To, Is.EqualTo(A));
    }

    [Test]
    public void Rolling_back_from_the_oldest_build_is_refused()
    {
        _manifests.Promote("ubuntu", A);

        var error = Assert.Throws<ManifestException>(() => _manifests.PromotePrevious("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo(
            $"infra/os/ubuntu/spec/vm-template-stable.json: {A} is ubuntu's oldest artifact, or no longer exists; there is no earlier one to roll back to."));
    }

    [Test]
    public void Rolling_back_without_a_stable_manifest_is_refused()
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.PromotePrevious("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo(
            "infra/os/ubuntu/spec/vm-template-stable.json: not found; there is no stable manifest to roll back."));
    }

    [Test]
    public void Iso_builds_are_promoted_into_the_iso_manifest()
    {
        _lab.Artifact("arch", "archlinux-2026.11.01-x86_64.json", TempLab.IsoArtifact("archlinux-2026.11.01-x86_64.iso", "2026-11-01T08:00:00Z"));
        _lab.Artifact("arch", "archlinux-2026.12.01-x86_64.json", TempLab.IsoArtifact("archlinux-2026.12.01-x86_64.iso", "2026-12-01T08:00:00Z"));

        _manifests.Promote("arch", "archlinux-2026.11.01-x86_64.json");
        var result = _manifests.Promote("arch", "archlinux-2026.12.01-x86_64");

        Assert.That(result.Family, Is.EqualTo(ArtifactFamily.Iso));
        Assert.That(result.StableManifestPath, Is.EqualTo(_lab.SpecPath("arch", "iso-manifest-stable.json")));
        Assert.That(File.Exists(_lab.StablePath("arch")), Is.False);
        Assert.That(_manifests.ReadStable("arch", ArtifactFamily.Iso)!.Manifest.IsoName, Is.EqualTo("archlinux-2026.12.01-x86_64.iso"));
        Assert.That(_manifests.Resolve("arch/stable").Manifest.IsoName, Is.EqualTo("archlinux-2026.12.01-x86_64.iso"));
        Assert.That(_manifests.PromotePrevious("arch").To, Is.EqualTo("archlinux-2026.11.01-x86_64.json"));
    }

    [Test]
    public void Resolve_names_the_stable_manifest_or_an_artifact()
    {
        _manifests.Promote("ubuntu", B);

        var stable = _manifests.Resolve("ubuntu/stable");
        var artifact = _manifests.Resolve("ubuntu/" + A);
        var stableByName = _manifests.Resolve("ubuntu/vm-template-20260102-000000");

        Assert.Multiple(() =>
        {
            Assert.That((stable.Os, stable.ArtifactFileName, stable.IsStable, stable.Manifest.Vmid), Is.EqualTo(("ubuntu", B, true, 9001)));
            Assert.That(stable.Path, Is.EqualTo(_lab.StablePath("ubuntu")));
            Assert.That((artifact.ArtifactFileName, artifact.IsStable, artifact.Manifest.Vmid), Is.EqualTo((A, false, 9000)));
            Assert.That(stableByName.IsStable, Is.True);
        });
    }

    [TestCase("ubuntu", "'ubuntu' is not an artifact reference: write <os>/stable or <os>/<artifact file>, e.g. ubuntu/stable.")]
    [TestCase("debian/stable", "debian/stable: debian has no stable manifest (infra/os/debian/spec/vm-template-stable.json); build L1 or promote an artifact first.")]
    public void Resolve_explains_what_it_cannot_find(string reference, string message)
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.Resolve(reference))!;

        Assert.That(error.Message, Is.EqualTo(message));
    }

    [Test]
    public void Leftover_temporary_files_of_a_killed_writer_are_cleaned_up_once_old()
    {
        var spec = Path.Combine(_lab.OsDirectory("ubuntu"), "spec");
        Directory.CreateDirectory(spec);
        var old = Path.Combine(spec, ".vm-template-stable.json.1.aaaa.tmp");
        var young = Path.Combine(spec, ".vm-template-stable.json.2.bbbb.tmp");
        File.WriteAllText(old, "{\"half\":");
        File.WriteAllText(young, "{\"half\":");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));

        _manifests.Promote("ubuntu", A);

        Assert.That(File.Exists(old), Is.False);
        Assert.That(File.Exists(young), Is.True, "it may belong to a writer that is still running");
    }
}
