namespace HomeLab.Manifests.Tests;

public class TemplateTests
{
    private const string File = "infra/os/ubuntu/template.json";
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
    public void A_minimal_cloud_image_template_gets_the_original_scripts_defaults()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"description\": \"Ubuntu 24.04\",",
            "  \"image_url\": \"https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img\"",
            "}");

        var template = (CloudImageTemplate)_manifests.ReadTemplate("ubuntu");

        Assert.Multiple(() =>
        {
            Assert.That(template.Os, Is.EqualTo("ubuntu"));
            Assert.That(template.Kind, Is.EqualTo(TemplateKind.CloudImage));
            Assert.That(template.Description, Is.EqualTo("Ubuntu 24.04"));
            Assert.That(template.ImageUrl.Host, Is.EqualTo("cloud-images.ubuntu.com"));
            Assert.That(template.Checksum, Is.Null);
            Assert.That(template.Vmid, Is.Null);
            Assert.That(template.Cores, Is.EqualTo(2));
            Assert.That(template.Memory, Is.EqualTo(2048));
            Assert.That(template.Bridge, Is.Null);
            Assert.That(template.Machine, Is.EqualTo("q35"));
            Assert.That(template.OsType, Is.EqualTo("l26"));
            Assert.That(template.ScsiHardware, Is.EqualTo("virtio-scsi-single"));
            Assert.That(template.Tags, Is.EqualTo(new[] { "template", "ubuntu" }));
            Assert.That(template.Storage, Is.Null);
            Assert.That(template.FormatName(new DateTimeOffset(2026, 11, 26, 13, 4, 5, TimeSpan.FromHours(1))),
                Is.EqualTo("tpl-ubuntu-20261126-120405"));
            Assert.That(template.Family, Is.EqualTo(ArtifactFamily.VmTemplate));
        });
    }

    [Test]
    public void Every_cloud_image_setting_is_read()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"image_url\": \"http://mirror.local/noble.img\",",
            "  \"checksum\": \"" + new string('A', 64) + "\",",
            "  \"checksum_url\": \"https://mirror.local/SHA256SUMS\",",
            "  \"vmid\": 9000, \"name_pattern\": \"ubuntu-{timestamp}\", \"cores\": 4, \"memory\": 4096,",
            "  \"bridge\": \"vmbr1\", \"machine\": \"pc\", \"ostype\": \"l24\", \"scsihw\": \"lsi\",",
            "  \"tags\": [\"tpl\", \"noble\"], \"storage\": \"ceph\", \"disk_size\": \"32G\"",
            "}");

        var template = (CloudImageTemplate)_manifests.ReadTemplate("ubuntu");

        Assert.Multiple(() =>
        {
            Assert.That(template.Checksum, Is.EqualTo(new string('a', 64)), "checksums are compared in lower case");
            Assert.That(template.ChecksumUrl, Is.EqualTo(new Uri("https://mirror.local/SHA256SUMS")));
            Assert.That(template.Vmid, Is.EqualTo(9000));
            Assert.That(template.FormatName(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)), Is.EqualTo("ubuntu-20260102-030405"));
            Assert.That(template.Cores, Is.EqualTo(4));
            Assert.That(template.Memory, Is.EqualTo(4096));
            Assert.That(template.Bridge, Is.EqualTo("vmbr1"));
            Assert.That(template.Machine, Is.EqualTo("pc"));
            Assert.That(template.OsType, Is.EqualTo("l24"));
            Assert.That(template.ScsiHardware, Is.EqualTo("lsi"));
            Assert.That(template.Tags, Is.EqualTo(new[] { "tpl", "noble" }));
            Assert.That(template.Storage, Is.EqualTo("ceph"));
            Assert.That(template.DiskSize, Is.EqualTo("32G"));
        });
    }

    [Test]
    public void An_iso_template_resolves_its_paths_against_the_os_folder()
    {
        _lab.Template("arch",
            "{",
            "  \"kind\": \"iso\",",
            "  \"build_command\": \"docker run --rm archiso\",",
            "  \"iso_path\": \"out/archlinux-x86_64.iso\"",
            "}");

        var template = (IsoTemplate)_manifests.ReadTemplate("arch");

        Assert.Multiple(() =>
        {
            Assert.That(template.BuildCommand, Is.EqualTo("docker run --rm archiso"));
            Assert.That(template.IsoPath, Is.EqualTo(Path.Combine(_lab.OsDirectory("arch"), "out", "archlinux-x86_64.iso")));
            Assert.That(template.TargetIsoName, Is.EqualTo("archlinux-x86_64.iso"));
            Assert.That(template.Storage, Is.Null);
            Assert.That(template.Family, Is.EqualTo(ArtifactFamily.Iso));
        });
    }

    [Test]
    public void A_packer_template_defaults_to_the_packer_folder()
    {
        _lab.Template("debian", "{ \"kind\": \"packer\", \"var_files\": [\"pve.pkrvars.hcl\"], \"only\": [\"proxmox-iso.debian\"] }");

        var template = (PackerTemplate)_manifests.ReadTemplate("debian");

        Assert.Multiple(() =>
        {
            Assert.That(template.PackerDirectory, Is.EqualTo(Path.Combine(_lab.OsDirectory("debian"), "packer")));
            Assert.That(template.VarFiles, Is.EqualTo(new[] { "pve.pkrvars.hcl" }));
            Assert.That(template.Only, Is.EqualTo(new[] { "proxmox-iso.debian" }));
        });
    }

    [Test]
    public void Bad_json_names_the_file_and_the_line_of_the_fault()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"image_url\": \"https://example.org/noble.img\"",
            "  \"cores\": 2",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo(
            $"{File}:4: invalid JSON: '\"' is invalid after a value. Expected either ',', '}}', or ']'"));
    }

    [Test]
    public void A_trailing_comma_is_explained_without_the_parsers_jargon()
    {
        _lab.Template("ubuntu", "{", "  \"kind\": \"packer\",", "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:3: invalid JSON: a comma after the last item; remove it"));
    }

    [Test]
    public void An_empty_file_is_bad_json_on_line_1()
    {
        _lab.Template("ubuntu", "  ");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:1: invalid JSON: the file is empty"));
    }

    [Test]
    public void A_missing_field_points_at_the_kind_that_requires_it()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"description\": \"Ubuntu\",",
            "  \"kind\": \"cloud-image\",",
            "  \"cores\": 2",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:3: image_url: is required (kind cloud-image)"));
        Assert.That(error.Errors, Is.EqualTo(new[] { new ManifestError(File, 3, "image_url", "is required (kind cloud-image)") }));
    }

    [Test]
    public void A_missing_kind_is_reported_alone()
    {
        _lab.Template("ubuntu", "{", "  \"image_url\": \"https://example.org/noble.img\"", "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:1: kind: is required"));
    }

    [Test]
    public void An_unknown_kind_lists_the_kinds()
    {
        _lab.Template("ubuntu", "{", "  \"image_url\": \"https://example.org/noble.img\",", "  \"kind\": \"vagrant\"", "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:3: kind: must be one of cloud-image, iso, packer (found \"vagrant\")"));
    }

    [Test]
    public void Wrong_types_and_values_are_each_reported_on_their_own_line()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"image_url\": \"ftp://example.org/noble.img\",",
            "  \"cores\": \"two\",",
            "  \"memory\": 8,",
            "  \"tags\": [\"template\", 7],",
            "  \"checksum\": \"abc\",",
            "  \"storage\": 5",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message.Split(Environment.NewLine), Is.EqualTo(new[]
        {
            $"{File}:3: image_url: must be an https:// or http:// URL",
            $"{File}:4: cores: must be an integer (found a string)",
            $"{File}:5: memory: must be at least 16 (found 8)",
            $"{File}:6: tags/1: must be a Proxmox tag (letters, digits, '_', '-', '+', '.')",
            $"{File}:7: checksum: must be a SHA-256 checksum (64 hexadecimal digits)",
            $"{File}:8: storage: must be a Proxmox storage name such as local-lvm",
        }));
    }

    [Test]
    public void A_field_of_another_kind_is_an_unknown_field()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"image_url\": \"https://example.org/noble.img\",",
            "  \"iso_path\": \"out/x.iso\"",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Does.StartWith($"{File}:4: iso_path: unknown field for kind cloud-image; expected one of: $schema, kind, description, image_url, checksum,"));
        Assert.That(error.Errors, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_name_pattern_may_only_use_the_known_placeholders()
    {
        _lab.Template("ubuntu",
            "{",
            "  \"kind\": \"cloud-image\",",
            "  \"image_url\": \"https://example.org/noble.img\",",
            "  \"name_pattern\": \"tpl-{distro}-{timestamp}\"",
            "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:4: name_pattern: unknown placeholder {{distro}}; use {{os}} and {{timestamp}}"));
    }

    [Test]
    public void The_root_must_be_an_object()
    {
        _lab.Template("ubuntu", "[", "  1", "]");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:1: must be an object (found an array)"));
    }

    [Test]
    public void A_duplicate_field_is_bad_json()
    {
        _lab.Template("ubuntu", "{", "  \"kind\": \"packer\",", "  \"kind\": \"iso\"", "}");

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo($"{File}:3: kind: appears a second time in the same object; keep one"));
    }

    [Test]
    public void A_missing_template_says_how_to_create_one()
    {
        Directory.CreateDirectory(_lab.OsDirectory("ubuntu"));

        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("ubuntu"))!;

        Assert.That(error.Message, Is.EqualTo(
            $"{File}: not found; create it with a \"kind\" of cloud-image, iso or packer (docs/operations.md, L1)."));
    }

    [Test]
    public void Validate_returns_the_errors_instead_of_throwing()
    {
        _lab.Template("ubuntu", "{ \"kind\": \"iso\" }");
        _lab.Template("arch", "{ \"kind\": \"iso\", \"iso_path\": \"a.iso\" }");
        _lab.Template("debian", "{ \"kind\": ");
        Directory.CreateDirectory(_lab.OsDirectory("fedora"));

        Assert.Multiple(() =>
        {
            Assert.That(_manifests.ValidateTemplate("ubuntu").Select(e => e.ToString()),
                Is.EqualTo(new[] { $"{File}:1: iso_path: is required (kind iso)" }));
            Assert.That(_manifests.ValidateTemplate("arch"), Is.Empty);
            Assert.That(_manifests.ValidateTemplate("debian").Select(e => e.ToString()),
                Is.EqualTo(new[] { "infra/os/debian/template.json:2: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed" }));
            Assert.That(_manifests.ValidateTemplate("fedora").Select(e => e.ToString()),
                Is.EqualTo(new[] { "infra/os/fedora/template.json: not found; create it with a \"kind\" of cloud-image, iso or packer (docs/operations.md, L1)." }));
        });
    }

    [Test]
    public void An_os_name_that_is_not_a_folder_name_is_refused()
    {
        var error = Assert.Throws<ManifestException>(() => _manifests.ReadTemplate("../etc"))!;

        Assert.That(error.Message, Does.StartWith("'../etc' is not an OS name"));
    }

    [Test]
    public void Operating_systems_are_the_folders_with_a_template()
    {
        _lab.Template("ubuntu", "{}");
        _lab.Template("arch", "{}");
        Directory.CreateDirectory(_lab.OsDirectory("notes"));

        Assert.That(_manifests.ListOperatingSystems(), Is.EqualTo(new[] { "arch", "ubuntu" }));
    }

    [Test]
    public void The_schema_is_embedded_and_is_the_one_that_validates()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(SchemaValidator.ReadSchemaText("template.schema.json"))!;

        Assert.That(schema["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>()),
            Is.EqualTo(new[] { "cloud-image", "iso", "packer" }));
    }
}
