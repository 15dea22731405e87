using System.Text.Json.Nodes;

namespace HomeLab.Manifests.Tests;

public class ArtifactTests
{
    private static readonly DateTimeOffset BuildTime = new(2026, 11, 26, 12, 0, 5, TimeSpan.Zero);
    private TempLab _lab = null!;
    private ManualClock _clock = null!;
    private LabManifests _manifests = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempLab();
        _clock = new ManualClock(BuildTime);
        _manifests = new LabManifests(_lab.Root, _clock);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void A_vm_template_artifact_is_named_after_its_build_time_and_records_os_and_kind()
    {
        var entry = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9001));

        var written = JsonNode.Parse(File.ReadAllText(entry.Path))!;
        Assert.Multiple(() =>
        {
            Assert.That(entry.FileName, Is.EqualTo("vm-template-20261126-120005.json"));
            Assert.That(entry.Path, Is.EqualTo(_lab.ArtifactPath("ubuntu", "vm-template-20261126-120005.json")));
            Assert.That(entry.Reference, Is.EqualTo("ubuntu/vm-template-20261126-120005.json"));
            Assert.That(written["os"]!.GetValue<string>(), Is.EqualTo("ubuntu"));
            Assert.That(written["kind"]!.GetValue<string>(), Is.EqualTo("cloud-image"));
            Assert.That(written["pve_version"]!.GetValue<string>(), Is.EqualTo("8.2.4"));
            Assert.That(written["vmid"]!.GetValue<int>(), Is.EqualTo(9001));
            Assert.That(written["created_at"]!.GetValue<string>(), Is.EqualTo("2026-11-26T12:00:05Z"));
            Assert.That(written["cloud_image_sha256"]!.GetValue<string>(), Is.EqualTo(new string('b', 64)));
            Assert.That(_manifests.ReadArtifact("ubuntu", entry.FileName).Vmid, Is.EqualTo(9001));
        });
    }

    [Test]
    public void Builds_in_the_same_second_never_overwrite_each_other()
    {
        var first = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9001));
        var second = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9002));
        var third = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9003));

        Assert.Multiple(() =>
        {
            Assert.That(first.FileName, Is.EqualTo("vm-template-20261126-120005.json"));
            Assert.That(second.FileName, Is.EqualTo("vm-template-20261126-120005-2.json"));
            Assert.That(third.FileName, Is.EqualTo("vm-template-20261126-120005-3.json"));
            Assert.That(_manifests.ReadArtifact("ubuntu", first.FileName).Vmid, Is.EqualTo(9001));
            Assert.That(_manifests.ReadArtifact("ubuntu", second.FileName).Vmid, Is.EqualTo(9002));
            Assert.That(_manifests.ListHistory("ubuntu").Select(e => e.FileName), Is.EqualTo(new[] { third.FileName, second.FileName, first.FileName }));
        });
    }

    [Test]
    public void An_artifact_can_be_named_after_the_builds_own_instant_rather_than_the_write_time()
    {
        var startedAt = new DateTimeOffset(2026, 11, 26, 13, 0, 5, 998, TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(7));

        var first = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9001), startedAt);
        var clash = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9002), startedAt.AddMilliseconds(1));
        var now = _manifests.WriteArtifact("ubuntu", NewVmArtifact(9003));

        Assert.Multiple(() =>
        {
            Assert.That(first.FileName, Is.EqualTo("vm-template-20261126-120005.json"), "UTC, to the second");
            Assert.That(first.BuiltAt, Is.EqualTo(BuildTime));
            Assert.That(clash.FileName, Is.EqualTo("vm-template-20261126-120005-2.json"));
            Assert.That(now.FileName, Is.EqualTo("vm-template-20261126-120705.json"), "the other overload keeps the write time");
            Assert.That(_manifests.ReadArtifact("ubuntu", clash.FileName).Vmid, Is.EqualTo(9002));
        });
    }

    [Test]
    public void An_iso_artifact_is_named_after_the_iso()
    {
        var manifest = new ArtifactManifest
        {
            Kind = TemplateKind.Iso,
            IsoName = "archlinux-2026.11.01-x86_64.iso",
            BuiltAt = BuildTime,
            GitSha = "abc123",
            ProxmoxNode = "pve",
            ProxmoxStorage = "local",
            UploaderHost = "laptop",
        };

        var first = _manifests.WriteArtifact("arch", manifest);
        var again = _manifests.WriteArtifact("arch", manifest);

        Assert.Multiple(() =>
        {
            Assert.That(first.FileName, Is.EqualTo("archlinux-2026.11.01-x86_64.json"));
            Assert.That(again.FileName, Is.EqualTo("archlinux-2026.11.01-x86_64-2.json"));
            Assert.That(first.Family, Is.EqualTo(ArtifactFamily.Iso));
            Assert.That(_manifests.ReadArtifact("arch", first.FileName).IsoName, Is.EqualTo("archlinux-2026.11.01-x86_64.iso"));
        });
    }

    [Test]
    public void An_artifact_without_kind_is_refused_before_anything_is_written()
    {
        var manifest = NewVmArtifact(9001);
        manifest.Kind = null;

        var error = Assert.Throws<ManifestException>(() => _manifests.WriteArtifact("ubuntu", manifest))!;

        Assert.That(error.Message, Is.EqualTo("infra/os/ubuntu/artifacts/(new artifact): kind: is required (cloud-image, iso or packer)."));
        Assert.That(Directory.Exists(Path.Combine(_lab.OsDirectory("ubuntu"), "artifacts")), Is.False);
    }

    [Test]
    public void An_invalid_artifact_is_refused_naming_the_field()
    {
        var manifest = NewVmArtifact(9001);
        manifest[ArtifactFields.Vmid] = JsonValue.Create("nine");
        manifest.Name = null;

        var error = Assert.Throws<ManifestException>(() => _manifests.WriteArtifact("ubuntu", manifest))!;

        Assert.That(error.Message.Split(Environment.NewLine), Is.EquivalentTo(new[]
        {
            "infra/os/ubuntu/artifacts/vm-template-20261126-120005.json: name: is required (kind cloud-image)",
            "infra/os/ubuntu/artifacts/vm-template-20261126-120005.json: vmid: must be a Proxmox VMID (a positive whole number)",
        }));
        Assert.That(Directory.Exists(Path.Combine(_lab.OsDirectory("ubuntu"), "artifacts")), Is.False);
    }

    [Test]
    public void An_artifact_for_another_os_is_refused()
    {
        var manifest = NewVmArtifact(9001);
        manifest.Os = "debian";

        var error = Assert.Throws<ManifestException>(() => _manifests.WriteArtifact("ubuntu", manifest))!;

        Assert.That(error.Message, Does.Contain("os: is debian, but the artifact is being written for ubuntu"));
    }

    [Test]
    public void Reading_keeps_an_operators_own_fields_and_the_original_fields()
    {
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", TempLab.VmArtifact(9000, "tpl-ubuntu"));

        var manifest = _manifests.ReadArtifact("ubuntu", "vm-template-20250101-000000");

        Assert.Multiple(() =>
        {
            Assert.That(manifest.Vmid, Is.EqualTo(9000));
            Assert.That(manifest.Name, Is.EqualTo("tpl-ubuntu"));
            Assert.That(manifest.Node, Is.EqualTo("pve"));
            Assert.That(manifest.Storage, Is.EqualTo("local-lvm"));
            Assert.That(manifest.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
            Assert.That(manifest.Kind, Is.Null, "the original tooling did not record the kind");
            Assert.That(manifest.Family, Is.EqualTo(ArtifactFamily.VmTemplate));
            Assert.That(manifest["operator_note"]!["ticket"]!.GetValue<string>(), Is.EqualTo("OPS-7"));
            Assert.That(manifest.FieldNames, Does.Contain("operator_note"));
        });
    }

    [Test]
    public void A_vmid_written_as_digits_is_read_as_a_number()
    {
        var json = TempLab.VmArtifact(0, "tpl");
        json["vmid"] = "9100";
        _lab.Artifact("ubuntu", "vm-template-20250101-000000.json", json);

        Assert.That(_manifests.ReadArtifact("ubuntu", "vm-template-20250101-000000.json").Vmid, Is.EqualTo(9100));
    }

    [Test]
    public void A_broken_artifact_names_its_file_line_and_field()
    {
        _lab.Write("infra/os/ubuntu/artifacts/vm-template-20250101-000000.json",
            "{",
            "  \"name\": \"tpl\",",
            "  \"vmid\": -4,",
            "  \"cloud_image_sha256\": 12",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadArtifact("ubuntu", "vm-template-20250101-000000.json"))!;

        Assert.That(error.Message.Split(Environment.NewLine), Is.EqualTo(new[]
        {
            "infra/os/ubuntu/artifacts/vm-template-20250101-000000.json:3: vmid: must be at least 1 (found -4)",
            "infra/os/ubuntu/artifacts/vm-template-20250101-000000.json:4: cloud_image_sha256: must be a SHA-256 checksum (64 hexadecimal digits)",
        }));
    }

    [Test]
    public void An_empty_artifact_is_reported_as_an_interrupted_build()
    {
        _lab.Write("infra/os/ubuntu/artifacts/vm-template-20250101-000000.json");
        File.WriteAllBytes(_lab.ArtifactPath("ubuntu", "vm-template-20250101-000000.json"), []);

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadArtifact("ubuntu", "vm-template-20250101-000000.json"))!;

        Assert.That(error.Message, Is.EqualTo(
            "infra/os/ubuntu/artifacts/vm-template-20250101-000000.json: empty: the build that was writing it was interrupted; delete it, or build again."));
    }

    [Test]
    public void A_missing_artifact_is_reported()
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.ReadArtifact("ubuntu", "vm-template-20250101-000000.json"))!;

        Assert.That(error.Message, Does.StartWith("infra/os/ubuntu/artifacts/vm-template-20250101-000000.json: no such artifact"));
    }

    [TestCase("../spec/vm-template-stable.json")]
    [TestCase(".hidden.json")]
    [TestCase("a/b.json")]
    public void A_name_that_is_not_a_plain_artifact_file_is_refused(string name)
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.ReadArtifact("ubuntu", name))!;

        Assert.That(error.Message, Does.StartWith($"'{name}' is not an artifact file name"));
    }

    [Test]
    public void Parse_checks_text_that_is_not_a_file()
    {
        var error = Assert.Throws<ManifestException>(() => ArtifactManifest.Parse("{\n\"kind\": \"iso\"\n}", "upload answer"))!;

        Assert.That(error.Message, Is.EqualTo("upload answer:2: iso_name: is required (kind iso)"));
    }

    private ArtifactManifest NewVmArtifact(int vmid) => new()
    {
        Kind = TemplateKind.CloudImage,
        PveVersion = "8.2.4",
        CreatedAt = _clock.GetUtcNow(),
        Description = "Ubuntu 24.04",
        Name = "tpl-ubuntu-20261126-120005",
        Node = "pve",
        Storage = "local-lvm",
        Vmid = vmid,
        CloudImageUrl = "https://example.org/noble.img",
        CloudImageSha256 = new string('b', 64),
    };
}
