using System.Text.Json.Nodes;
using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests.Builders;

/// <summary>
/// The cloud-image builder end to end: the simulated node downloads the image for real from a loopback mirror, imports
/// it into a new VM and converts it to a template; the artifact describes it.
/// </summary>
public class CloudImageBuilderTests : LabTest
{
    private const string ImagePath = "noble/current/noble-server-cloudimg-amd64.img";
    private const string ImportVolume = "local:import/noble-server-cloudimg-amd64.qcow2";

    private LoopbackFileServer _mirror = null!;
    private byte[] _image = null!;
    private Uri _imageUrl = null!;

    [SetUp]
    public async Task StartMirror()
    {
        // A node prepared for cloud images, as docs/operations.md asks: a fresh install's local has no 'import'.
        Pve.Storage("local").AllowContent("import");
        _mirror = await LoopbackFileServer.StartAsync();
        _image = RandomBytes(3 * 1024 * 1024);
        _imageUrl = _mirror.Add(ImagePath, _image);
    }

    [TearDown]
    public async Task StopMirror() => await _mirror.DisposeAsync();

    [Test]
    public async Task Builds_a_template_from_the_downloaded_image_with_the_given_checksum()
    {
        WriteTemplate("ubuntu", $$"""
            {
              "kind": "cloud-image",
              "description": "Ubuntu 24.04 cloud image",
              "image_url": "{{_imageUrl}}",
              "checksum": "{{Sha256(_image)}}",
              "cores": 4,
              "memory": 4096,
              "tags": ["template", "ubuntu", "noble"]
            }
            """);
        Settings = Settings with { Time = new FixedTime(new DateTimeOffset(2026, 11, 26, 12, 1, 2, TimeSpan.Zero)) };

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True);
        Assert.That(outcome.Kind, Is.EqualTo(TemplateKind.CloudImage));
        Assert.That(_mirror.Hits(ImagePath), Is.EqualTo(1), "the node fetched the image itself");
        var local = Pve.Storage("local");
        Assert.That(local.Sha256(ImportVolume), Is.EqualTo(Sha256(_image)), "the downloaded bytes are the mirror's");

        var vm = Pve.Vms.Single();
        Assert.That(outcome.Message, Is.EqualTo($"built {outcome.Artifact!.FileName} (VMID {vm.VmId})"));
        Assert.That(vm.VmId, Is.EqualTo(100), "the next free VMID");
        Assert.That(vm.IsTemplate, Is.True);
        Assert.That(vm.Get("name"), Is.EqualTo("tpl-ubuntu-20261126-120102"));
        Assert.That(vm.Get("scsi0"), Does.StartWith("local-lvm:base-100-disk-0"), "the imported disk, renamed by the conversion");
        Assert.That(vm.Get("ide2"), Is.EqualTo("local-lvm:vm-100-cloudinit,media=cdrom"));
        Assert.That(vm.Get("net0"), Does.Match("^virtio=BC:24:11:[0-9A-F:]{8},bridge=vmbr0$"));
        Assert.That(vm.Get("tags"), Is.EqualTo("noble;template;ubuntu"));
        Assert.That(vm.Get("cores"), Is.EqualTo("4"));
        Assert.That(vm.Get("memory"), Is.EqualTo("4096"));
        Assert.That(vm.Get("boot"), Is.EqualTo("order=scsi0"));
        Assert.That(vm.Get("serial0"), Is.EqualTo("socket"));
        Assert.That(vm.Get("vga"), Is.EqualTo("serial0"));
        Assert.That(vm.Get("agent"), Is.EqualTo("1"));
        Assert.That(vm.Get("machine"), Is.EqualTo("q35"));
        Assert.That(vm.Get("ostype"), Is.EqualTo("l26"));
        Assert.That(vm.Get("scsihw"), Is.EqualTo("virtio-scsi-single"));
        Assert.That(vm.Get("description"), Is.EqualTo("Ubuntu 24.04 cloud image"));
        Assert.That(Simulator.Requests.Count("POST", "/nodes/pve/qemu"), Is.EqualTo(1));
        Assert.That(Simulator.State.Tasks.Single(t => t.Type == "qmcreate").Log,
            Has.Some.Contains($"importing disk '{ImportVolume}' to VM 100"), "the disk was imported from the downloaded image");

        var artifact = Lab.ReadArtifact("ubuntu", outcome.Artifact.FileName);
        Assert.That(outcome.Artifact.FileName, Does.Match(@"^vm-template-\d{8}-\d{6}\.json$"));
        Assert.That(artifact.Os, Is.EqualTo("ubuntu"));
        Assert.That(artifact.Kind, Is.EqualTo(TemplateKind.CloudImage));
        Assert.That(artifact.PveVersion, Is.EqualTo(Simulator.State.Version.Version));
        Assert.That(artifact.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 12, 1, 2, TimeSpan.Zero)));
        Assert.That(artifact.Description, Is.EqualTo("Ubuntu 24.04 cloud image"));
        Assert.That(artifact.Name, Is.EqualTo("tpl-ubuntu-20261126-120102"));
        Assert.That(artifact.Node, Is.EqualTo("pve"));
        Assert.That(artifact.Storage, Is.EqualTo("local-lvm"));
        Assert.That(artifact.Vmid, Is.EqualTo(100));
        Assert.That(artifact.CloudImageUrl, Is.EqualTo(_imageUrl.AbsoluteUri));
        Assert.That(artifact.CloudImageSha256, Is.EqualTo(Sha256(_image)));
        Assert.That(Lab.ReadStable("ubuntu"), Is.Null, "building never promotes");
    }

    [Test]
    public async Task Reads_the_checksum_from_the_distributions_SHA256SUMS()
    {
        var sums = $"""
            {Sha256(RandomBytes(16))} *noble-server-cloudimg-arm64.img
            {Sha256(_image)} *noble-server-cloudimg-amd64.img
            {Sha256(RandomBytes(16))} *noble-server-cloudimg-amd64.tar.gz
            """;
        var sumsUrl = _mirror.Add("noble/current/SHA256SUMS", System.Text.Encoding.UTF8.GetBytes(sums));
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum_url": "{{sumsUrl}}", "vmid": 9000 }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(_mirror.Hits("noble/current/SHA256SUMS"), Is.EqualTo(1));
        var download = Simulator.State.Tasks.Single(t => t.Type == "download");
        Assert.That(download.Log, Has.Some.Contains("checksum verified"), "Proxmox was given the checksum to verify");
        var artifact = outcome.Artifact!.Read();
        Assert.That(artifact.CloudImageSha256, Is.EqualTo(Sha256(_image)));
        Assert.That(artifact.Vmid, Is.EqualTo(9000), "the template's own VMID");
        Assert.That(Pve.Vm(9000).IsTemplate, Is.True);
        Assert.That(Output.Text, Does.Contain($"checksum {Sha256(_image)} (for noble-server-cloudimg-amd64.img, from {sumsUrl})"));
    }

    [Test]
    public async Task An_image_missing_from_SHA256SUMS_fails_before_anything_is_downloaded()
    {
        var sumsUrl = _mirror.Add("noble/current/SHA256SUMS", System.Text.Encoding.UTF8.GetBytes($"{Sha256(_image)} *other.img\n"));
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum_url": "{{sumsUrl}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            $"ubuntu: checksum_url {sumsUrl} lists no SHA-256 for noble-server-cloudimg-amd64.img; check image_url and checksum_url in infra/os/ubuntu/template.json."));
        Assert.That(_mirror.Hits(ImagePath), Is.Zero);
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    [Test]
    public async Task A_checksum_url_that_answers_404_is_one_clear_line()
    {
        var sumsUrl = _mirror.Url("noble/current/SHA256SUMS");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum_url": "{{sumsUrl}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            $"ubuntu: checksum_url {sumsUrl} answered 404 Not Found; fix checksum_url in infra/os/ubuntu/template.json, or give the checksum itself."));
    }

    [Test]
    public async Task A_checksum_mismatch_fails_the_build_writes_nothing_and_leaves_stable_alone()
    {
        var stableJson = """{ "os": "ubuntu", "kind": "cloud-image", "name": "tpl-ubuntu-old", "vmid": 8000, "node": "pve", "promoted_from": "vm-template-20260101-000000.json" }""";
        var stablePath = WriteStable("ubuntu", stableJson);
        var wrong = Sha256(RandomBytes(32));
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{wrong}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Os, Is.EqualTo("ubuntu"));
        Assert.That(error.Message, Does.StartWith("ubuntu: downloading the cloud image failed: The Proxmox task download noble-server-cloudimg-amd64.qcow2 on pve failed: checksum mismatch"));
        Assert.That(error.Message, Does.Contain($"got '{Sha256(_image)}' != expect '{wrong}'"));
        Assert.That(error.Message, Does.Contain("task log: "), "the task's last log lines are quoted");
        Assert.That(error.Message, Does.EndWith($"The image at {_imageUrl} does not have the expected SHA-256; check checksum/checksum_url in infra/os/ubuntu/template.json."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty, "no artifact");
        Assert.That(File.ReadAllText(stablePath), Is.EqualTo(stableJson), "stable untouched");
        Assert.That(Pve.Vms, Is.Empty, "no VM was created");
        Assert.That(Pve.Storage("local").FindVolume(ImportVolume), Is.Null, "the bad download was not kept");
    }

    [Test]
    public async Task An_older_image_of_the_same_name_on_the_storage_is_named_in_the_error()
    {
        var older = RandomBytes(1024);
        _mirror.Add("old/noble-server-cloudimg-amd64.img", older);
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_mirror.Url("old/noble-server-cloudimg-amd64.img")}}", "checksum": "{{Sha256(older)}}" }""");
        await BuildOneAsync("ubuntu");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Does.Contain("aborting"));
        Assert.That(error.Message, Does.EndWith(
            $"The storage already has {ImportVolume} with other content (an older image?); delete it (pvesm free {ImportVolume}) and build again."));
    }

    [Test]
    public async Task An_import_storage_without_the_import_content_type_fails_before_anything_starts()
    {
        Pve.Storage("local").DisallowContent("import");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: the node cannot build it yet, nothing was started: Storage 'local' does not allow content 'import', which the cloud-image " +
            "template of ubuntu needs (it allows: backup, iso, vztmpl). Add 'import' under Datacenter → Storage → local → Edit → Content, " +
            "or set PVE_STORAGE_ISO to a storage that allows it."));
        Assert.That(Simulator.State.Tasks, Is.Empty);
        Assert.That(Simulator.Requests.Count("POST", "/nodes/pve/storage/local/download-url"), Is.EqualTo(0));
    }

    [TestCase("8.2.7")]
    [TestCase("8.3.0")]
    public async Task A_proxmox_before_8_4_fails_before_anything_starts_naming_the_feature(string version)
    {
        Simulator.State.Version = Proxmox.Simulator.SimVersion.Of(version);
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: the node cannot build it yet, nothing was started: The cloud-image template of ubuntu needs download-url of a " +
            $".qcow2/.raw/.vmdk image into 'import' content, which came with Proxmox VE 8.4; this node runs {version}. Upgrade Proxmox VE to 8.4 or later."));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    /// <summary>The storage may change between the check and the download: Proxmox's refusal still reads as one line with the fix.</summary>
    [Test]
    public async Task A_download_refused_for_its_content_type_is_one_line_with_the_fix()
    {
        Simulator.Faults.FailNext("/nodes/pve/storage/local/download-url", 500, message: "storage 'local' is not configured for content-type 'import'");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Does.StartWith("ubuntu: downloading the cloud image was refused: "));
        Assert.That(error.Message, Does.Contain("storage 'local' is not configured for content-type 'import'"));
        Assert.That(error.Message, Does.EndWith(
            "Enable the content type 'import' on storage 'local' (Datacenter > Storage; PVE 8.4 or later), or set PVE_STORAGE_ISO to a storage that has it."));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    [Test]
    public async Task A_second_build_reuses_the_image_already_downloaded()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var first = await BuildOneAsync("ubuntu");
        var second = await BuildOneAsync("ubuntu");

        Assert.That(_mirror.Hits(ImagePath), Is.EqualTo(1), "Proxmox found the matching file and did not download again");
        Assert.That(first.Artifact!.Read().Vmid, Is.EqualTo(100));
        Assert.That(second.Artifact!.Read().Vmid, Is.EqualTo(101));
        Assert.That(Pve.Vms.Select(vm => vm.IsTemplate), Is.All.True);
        Assert.That(ArtifactFiles("ubuntu"), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task Without_a_checksum_it_warns_and_records_none()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}" }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(Output.Text, Does.Contain("! no checksum or checksum_url in infra/os/ubuntu/template.json: the download is not verified."));
        Assert.That(outcome.Artifact!.Read().CloudImageSha256, Is.Null);
        Assert.That(Pve.Storage("local").Sha256(ImportVolume), Is.EqualTo(Sha256(_image)));
    }

    [Test]
    public async Task The_templates_bridge_storage_and_name_pattern_win_over_the_defaults()
    {
        Pve.AddStorage("fast", "lvmthin", ["images", "rootdir"], total: 100 * Proxmox.Simulator.SimStorage.GiB);
        WriteTemplate("debian", $$"""
            {
              "kind": "cloud-image",
              "image_url": "{{_imageUrl}}",
              "checksum": "{{Sha256(_image)}}",
              "bridge": "vmbr7",
              "storage": "fast",
              "name_pattern": "{os}-golden-{timestamp}"
            }
            """);
        Settings = Settings with { Bridge = "vmbr3", Time = new FixedTime(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) };

        var outcome = await BuildOneAsync("debian");

        var vm = Pve.Vms.Single();
        Assert.That(vm.Get("net0"), Does.EndWith(",bridge=vmbr7"));
        Assert.That(vm.Get("scsi0"), Does.StartWith("fast:base-100-disk-0"));
        Assert.That(vm.Get("ide2"), Does.StartWith("fast:vm-100-cloudinit"));
        Assert.That(vm.Get("name"), Is.EqualTo("debian-golden-20260102-030405"));
        Assert.That(vm.Get("tags"), Is.EqualTo("debian;template"), "the default tags");
        Assert.That(outcome.Artifact!.Read().Storage, Is.EqualTo("fast"));
    }

    [Test]
    public async Task A_failed_create_task_is_one_line_with_the_task_log_and_writes_nothing()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");
        Simulator.Faults.FailTask("qmcreate", "unable to create VM 100 - lvcreate 'pve/vm-100-disk-0' error: out of space");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: creating VM 100 failed: The Proxmox task qmcreate 100 on pve failed: unable to create VM 100 - lvcreate 'pve/vm-100-disk-0' error: out of space; " +
            "task log: TASK ERROR: unable to create VM 100 - lvcreate 'pve/vm-100-disk-0' error: out of space"));
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
        Assert.That(Pve.Vms, Is.Empty, "the failed create left no VM");
        Assert.That(Output.Text, Does.Contain("! ubuntu failed: creating VM 100 failed"));
    }

    [Test]
    public async Task A_failed_conversion_leaves_the_vm_and_says_so()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");
        Simulator.Faults.FailTask("qmtemplate", "unable to rename disk: device busy");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Does.StartWith("ubuntu: converting VM 100 to a template failed: The Proxmox task qmtemplate 100 on pve failed: unable to rename disk: device busy"));
        Assert.That(error.Message, Does.EndWith("VM 100 ('tpl-ubuntu-" + Pve.Vm(100).Name["tpl-ubuntu-".Length..] +
            "') was left on node 'pve': convert it by hand (qm template 100) or remove it, then build again."));
        Assert.That(Pve.Vm(100).IsTemplate, Is.False);
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    [Test]
    public async Task A_vmid_in_use_is_refused_at_once()
    {
        Pve.AddVm(9000, "something-else");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}", "vmid": 9000 }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Does.StartWith("ubuntu: creating VM 9000 was refused: "));
        Assert.That(error.Message, Does.Contain("VM 9000 already exists on node 'pve'"));
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    [Test]
    public async Task A_compressed_image_url_is_refused_before_anything_runs()
    {
        WriteTemplate("debian", $$"""{ "kind": "cloud-image", "image_url": "{{_mirror.Url("debian-12-genericcloud-amd64.tar.xz")}}" }""");

        var error = await BuildFailsAsync("debian");

        Assert.That(error.Message, Does.StartWith("debian: image_url "));
        Assert.That(error.Message, Does.Contain("is a compressed file (.xz), which Proxmox cannot import"));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    [Test]
    public async Task A_simulation_does_not_fetch_the_checksum_list_and_downloads_offline()
    {
        Simulator.State.OfflineDownloads = true;
        var sumsUrl = _mirror.Url("noble/current/SHA256SUMS");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum_url": "{{sumsUrl}}" }""");
        Settings = Settings with { Simulation = true };

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True);
        Assert.That(_mirror.Hits("noble/current/SHA256SUMS"), Is.Zero);
        Assert.That(_mirror.Hits(ImagePath), Is.Zero, "the simulator accepted the download offline");
        Assert.That(Output.Text, Does.Contain($"checksum_url {sumsUrl} is not fetched in a simulation"));
        Assert.That(Pve.Vm(100).IsTemplate, Is.True);
    }

    [Test]
    public async Task The_artifact_file_name_records_the_same_instant_as_the_vm_name_and_created_at()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");
        Settings = Settings with { Time = new FixedTime(new DateTimeOffset(2025, 3, 4, 5, 6, 7, 890, TimeSpan.Zero)) };

        var outcome = await BuildOneAsync("ubuntu");

        var name = Pve.Vms.Single().Get("name")!;
        Assert.That(name, Is.EqualTo("tpl-ubuntu-20250304-050607"));
        Assert.That(outcome.Artifact!.FileName, Is.EqualTo($"vm-template-{name["tpl-ubuntu-".Length..]}.json"), "the lab's own clock is the real one");
        Assert.That(outcome.Artifact.Read().CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero)));
    }

    [Test]
    public async Task Disk_size_grows_the_imported_disk_before_the_conversion()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}", "disk_size": "32G" }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True);
        var vm = Pve.Vms.Single();
        Assert.That(vm.IsTemplate, Is.True);
        Assert.That(vm.Get("scsi0"), Is.EqualTo("local-lvm:base-100-disk-0,size=32G"));
        Assert.That(Pve.Storage("local-lvm").FindVolume("local-lvm:base-100-disk-0")!.Size, Is.EqualTo(32L << 30));
        Assert.That(Simulator.Requests.Count("PUT", "/nodes/pve/qemu/100/resize"), Is.EqualTo(1));
        var resize = Simulator.State.Tasks.Single(t => t.Type == "resize");
        Assert.That(resize.Log, Has.Some.Contains("Size of logical volume pve/vm-100-disk-0 changed from 3.00 MiB"),
            "resized while it was still a VM disk, before the conversion renamed it");
        Assert.That(Output.Text, Does.Contain("grow scsi0 of VM 100 from 3M to 32G"));
        Assert.That(Output.Text, Does.Not.Contain("disk_size 32G is not applied"));
    }

    [TestCase("3M", "scsi0 is already 3M (disk_size 3M): not resized")]
    [TestCase("2.5M", "scsi0 is 3M, larger than disk_size 2.5M: not resized (Proxmox cannot shrink a disk)")]
    public async Task Disk_size_no_larger_than_the_image_leaves_the_disk_with_a_note(string diskSize, string note)
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}", "disk_size": "{{diskSize}}" }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True);
        Assert.That(Output.Text, Does.Contain("  - " + note));
        Assert.That(Simulator.Requests.Count("PUT", "/nodes/pve/qemu/100/resize"), Is.Zero);
        Assert.That(Pve.Vm(100).Get("scsi0"), Is.EqualTo("local-lvm:base-100-disk-0,size=3M"));
    }

    [Test]
    public async Task A_failed_resize_is_one_line_with_the_task_log_and_writes_nothing()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}", "disk_size": "32G" }""");
        Simulator.Faults.FailTask("resize", "lvextend: Insufficient free space: 7424 extents needed, but only 12 available");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: growing scsi0 of VM 100 to disk_size 32G failed: The Proxmox task resize 100 on pve failed: " +
            "lvextend: Insufficient free space: 7424 extents needed, but only 12 available; " +
            "task log: TASK ERROR: lvextend: Insufficient free space: 7424 extents needed, but only 12 available. " +
            $"VM 100 ('{Pve.Vm(100).Name}') was left on node 'pve' (not a template): remove it (qm destroy 100), then build again."));
        Assert.That(Pve.Vm(100).IsTemplate, Is.False);
        Assert.That(Simulator.State.Tasks.Where(t => t.Type == "qmtemplate"), Is.Empty, "not converted after a failed resize");
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    [Test]
    public async Task The_artifact_file_has_exactly_the_documented_fields()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var outcome = await BuildOneAsync("ubuntu");

        var json = JsonNode.Parse(File.ReadAllText(outcome.Artifact!.Path))!.AsObject();
        Assert.That(json.Select(pair => pair.Key), Is.EquivalentTo(new[]
        {
            "os", "kind", "pve_version", "created_at", "description", "name", "node", "storage", "vmid", "cloud_image_url", "cloud_image_sha256",
        }));
        Assert.That(json["description"]!.GetValue<string>(), Is.EqualTo("ubuntu cloud image noble-server-cloudimg-amd64.img, built by HomeLab"));
        Assert.That(json["vmid"]!.GetValue<int>(), Is.EqualTo(100));
        Assert.That(json["kind"]!.GetValue<string>(), Is.EqualTo("cloud-image"));
    }
}
