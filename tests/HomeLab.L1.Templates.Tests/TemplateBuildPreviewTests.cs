using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Testing;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L1.Templates.Tests;

/// <summary>
/// L1's what-if against what a build really does: the preview asks Proxmox nothing, and the API writes it lists are,
/// in order, the writes the simulator's journal records when the same template is then built (the VMID being the next
/// free one); every call it lists is one the build makes.
/// </summary>
public class TemplateBuildPreviewTests : LabTest
{
    private LoopbackFileServer _mirror = null!;
    private byte[] _image = null!;
    private Uri _imageUrl = null!;

    [SetUp]
    public async Task StartMirror()
    {
        _mirror = await LoopbackFileServer.StartAsync();
        _image = RandomBytes(3 * 1024 * 1024);
        _imageUrl = _mirror.Add("noble/current/noble-server-cloudimg-amd64.img", _image);
        Pve.Storage("local").AllowContent("import"); // prepared as docs/operations.md asks, so the builds can run
    }

    [TearDown]
    public async Task StopMirror() => await _mirror.DisposeAsync();

    [TestCase(null, null)]
    [TestCase("1G", null)]
    [TestCase("1G", 9100)]
    public async Task A_cloud_image_preview_lists_the_writes_the_build_makes(string? diskSize, int? vmid)
    {
        var options = (diskSize is null ? string.Empty : $", \"disk_size\": \"{diskSize}\"") + (vmid is null ? string.Empty : $", \"vmid\": {vmid}");
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}", "checksum": "{{Sha256(_image)}}"{{options}} }""");

        var preview = TemplateBuildPreview.Plan(Lab, ["ubuntu"], BuildMode.Always, Settings);
        Assert.That(Simulator.Requests.All, Is.Empty, "the preview asks Proxmox nothing");
        var outcome = await BuildOneAsync("ubuntu");

        var built = outcome.Artifact!.Read().Vmid!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        AssertMatches(preview, built);
        Assert.That(ApiCalls(preview), Does.Contain(vmid is null ? "GET /cluster/nextid" : "POST /nodes/pve/qemu/9100/template"));
        Assert.That(preview.Select(step => step.Description), Has.Some.Contains(vmid is null ? "VM <next free>" : "VM 9100"));
    }

    [Test]
    public async Task A_cloud_image_without_checksum_first_looks_for_the_image_on_the_storage()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}" }""");

        var preview = TemplateBuildPreview.Plan(Lab, ["ubuntu"], BuildMode.Always, Settings);
        await BuildOneAsync("ubuntu");

        AssertMatches(preview, "100");
        Assert.That(ApiCalls(preview)[0], Is.EqualTo("GET /nodes/pve/storage/local/content?content=import"));
    }

    [Test]
    public async Task An_iso_preview_lists_its_build_command_and_the_upload_the_build_makes()
    {
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "build_command": "mkdir -p out && echo iso > out/archlinux.iso" }""");

        var preview = TemplateBuildPreview.Plan(Lab, ["arch"], BuildMode.Always, Settings);
        Assert.That(File.Exists(Temp.Combine("infra", "os", "arch", "out", "archlinux.iso")), Is.False, "the preview ran nothing");
        await BuildOneAsync("arch");

        AssertMatches(preview, "-");
        var command = preview.Select(step => step.Command).OfType<PlannedCommand>().Single();
        Assert.That(command.CommandLine, Is.EqualTo("/bin/sh -c \"mkdir -p out && echo iso > out/archlinux.iso\""));
        Assert.That(command.WorkingDirectory, Is.EqualTo(Temp.Combine("infra", "os", "arch")));
    }

    [Test]
    public void When_required_a_template_with_a_stable_manifest_is_built_only_if_it_is_gone_which_the_preview_does_not_ask()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}" }""");
        WriteStable("ubuntu", """{ "name": "tpl-ubuntu-20261126-120102", "node": "pve", "vmid": 9000, "storage": "local-lvm", "created_at": "2026-11-26T12:01:02Z" }""");

        var preview = TemplateBuildPreview.Plan(Lab, ["ubuntu"], BuildMode.WhenRequired, Settings);

        Assert.That(preview[0].Description, Is.EqualTo(
            "ubuntu (cloud-image): build only if what infra/os/ubuntu/spec/vm-template-stable.json names is no longer on node 'pve' "
            + "(a dry run does not ask Proxmox); the build would be:"));
        Assert.That(Simulator.Requests.All, Is.Empty);
    }

    [Test]
    public void When_required_a_template_without_a_stable_manifest_is_built()
    {
        WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{_imageUrl}}" }""");

        var preview = TemplateBuildPreview.Plan(Lab, ["ubuntu"], BuildMode.WhenRequired, Settings);

        Assert.That(preview[0].Description, Is.EqualTo("ubuntu (cloud-image): build, because there is no stable manifest (infra/os/ubuntu/spec/vm-template-stable.json)"));
    }

    /// <summary>
    /// The preview's writes are the journal's writes, in order, and each call it lists is in the journal; the VMID a
    /// build got stands in for "next free".
    /// </summary>
    private void AssertMatches(IReadOnlyList<PlanStep> preview, string vmid)
    {
        var journal = Simulator.Requests.All.Select(request => $"{request.Method} {request.Path}").ToList();
        var calls = ApiCalls(preview).Select(call => call.Replace("<next free>", vmid, StringComparison.Ordinal)).ToList();
        Assert.That(calls.Where(call => !call.StartsWith("GET ", StringComparison.Ordinal)),
            Is.EqualTo(journal.Where(call => !call.StartsWith("GET ", StringComparison.Ordinal))), "the writes, in order");
        Assert.That(journal, Is.SupersetOf(calls.Select(call => call.Split('?')[0])), "every call listed is made");
    }

    private static List<string> ApiCalls(IEnumerable<PlanStep> steps) =>
        steps.Select(step => step.ApiCall).OfType<PlannedApiCall>().Select(call => call.ToString()).ToList();
}
