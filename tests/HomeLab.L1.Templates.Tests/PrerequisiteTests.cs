using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Proxmox.Simulator;
using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests;

/// <summary>
/// L1 checks what a template needs of the node before it starts building it, on every Proxmox VE release HomeLab meets:
/// a cloud image needs 8.4 and 'import' on the ISO storage; an ISO needs 'iso' and works from 8.0.
/// </summary>
public class PrerequisiteTests : LabTest
{
    private LoopbackFileServer _mirror = null!;
    private Uri _imageUrl = null!;
    private byte[] _image = null!;

    [SetUp]
    public async Task StartMirror()
    {
        _mirror = await LoopbackFileServer.StartAsync();
        _image = RandomBytes(64 * 1024);
        _imageUrl = _mirror.Add("noble-server-cloudimg-amd64.img", _image);
    }

    [TearDown]
    public async Task StopMirror() => await _mirror.DisposeAsync();

    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task From_8_4_a_cloud_image_builds_on_a_node_prepared_for_it(string version)
    {
        Simulator.State.Version = SimVersion.Of(version);
        Pve.Storage("local").AllowContent("import");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True, outcome.Message);
        Assert.That(outcome.Artifact!.Read().PveVersion, Is.EqualTo(version));
    }

    [TestCase("8.2.7")]
    [TestCase("8.3.0")]
    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task On_a_fresh_install_of_any_release_a_cloud_image_names_what_is_missing_and_starts_nothing(string version)
    {
        Simulator.State.Version = SimVersion.Of(version);
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}" }""");

        var error = await BuildFailsAsync("ubuntu");

        const string storage = "Storage 'local' does not allow content 'import', which the cloud-image template of ubuntu needs (it allows: backup, iso, vztmpl). " +
            "Add 'import' under Datacenter → Storage → local → Edit → Content, or set PVE_STORAGE_ISO to a storage that allows it.";
        var release = $"The cloud-image template of ubuntu needs download-url of a .qcow2/.raw/.vmdk image into 'import' content, which came with " +
            $"Proxmox VE 8.4; this node runs {version}. Upgrade Proxmox VE to 8.4 or later. ";
        var tooOld = !SimVersion.Of(version).IsAtLeast(8, 4);
        Assert.That(error.Message, Is.EqualTo($"ubuntu: the node cannot build it yet, nothing was started: {(tooOld ? release : "")}{storage}"));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    [TestCase("8.2.7")]
    [TestCase("9.2.11")]
    public async Task An_iso_builds_on_a_fresh_install_of_any_release(string version)
    {
        Simulator.State.Version = SimVersion.Of(version);
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso" }""");
        Temp.File("infra/os/arch/out/archlinux.iso", "not really an iso");

        var outcome = await BuildOneAsync("arch");

        Assert.That(outcome.Built, Is.True, outcome.Message);
    }

    [Test]
    public async Task An_iso_on_its_own_storage_without_iso_content_is_named_with_the_template_that_chose_it()
    {
        Pve.AddStorage("nas", "nfs", ["backup"], total: 100 * SimStorage.GiB);
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "storage": "nas" }""");
        Temp.File("infra/os/arch/out/archlinux.iso", "not really an iso");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: the node cannot build it yet, nothing was started: Storage 'nas' does not allow content 'iso', which the iso template of arch needs " +
            "(it allows: backup). Add 'iso' under Datacenter → Storage → nas → Edit → Content, or set \"storage\" in infra/os/arch/template.json to a storage that allows it."));
    }
}
