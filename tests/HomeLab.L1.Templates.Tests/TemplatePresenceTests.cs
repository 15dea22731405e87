using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Proxmox.Simulator;
using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests;

/// <summary>The check --target=Promote makes before promoting an existing artifact.</summary>
public class TemplatePresenceTests : LabTest
{
    private static ArtifactManifest Template(string name = "tpl-ubuntu-20261126-120102", int? vmid = 9000, string? node = "pve") =>
        new() { Os = "ubuntu", Kind = TemplateKind.CloudImage, Name = name, Vmid = vmid, Node = node };

    private static ArtifactManifest Iso(string? storage = "local") =>
        new() { Os = "arch", Kind = TemplateKind.Iso, IsoName = "archlinux.iso", ProxmoxNode = "pve", ProxmoxStorage = storage };

    [Test]
    public async Task A_template_that_is_there_has_no_problem()
    {
        AddTemplateVm(9000, "tpl-ubuntu-20261126-120102");

        Assert.That(await TemplatePresence.ProblemAsync(Client, Template()), Is.Null);
    }

    [Test]
    public async Task A_template_that_is_gone_is_a_problem()
    {
        Assert.That(await TemplatePresence.ProblemAsync(Client, Template()), Is.EqualTo("VMID 9000 is not on node 'pve'"));
    }

    [Test]
    public async Task A_vmid_that_is_now_an_ordinary_vm_is_a_problem()
    {
        Pve.AddVm(9000, "web-01");

        Assert.That(await TemplatePresence.ProblemAsync(Client, Template()),
            Is.EqualTo("VMID 9000 on node 'pve' is not a template (it is the VM 'web-01')"));
    }

    [Test]
    public async Task A_template_with_another_name_is_a_problem()
    {
        AddTemplateVm(9000, "tpl-ubuntu-20270101-000000");

        Assert.That(await TemplatePresence.ProblemAsync(Client, Template()),
            Is.EqualTo("VMID 9000 on node 'pve' is the template 'tpl-ubuntu-20270101-000000', not 'tpl-ubuntu-20261126-120102'"));
    }

    [Test]
    public async Task The_artifacts_own_node_is_asked()
    {
        Simulator.State.AddNode("pve2").AddVm(9000, "tpl-ubuntu-20261126-120102").Set("template", "1");

        Assert.That(await TemplatePresence.ProblemAsync(Client, Template(node: "pve2")), Is.Null);
        Assert.That(await TemplatePresence.ProblemAsync(Client, Template(node: "pve")), Is.EqualTo("VMID 9000 is not on node 'pve'"));
    }

    [Test]
    public async Task An_artifact_without_vmid_or_node_is_a_problem()
    {
        Assert.That(await TemplatePresence.ProblemAsync(Client, Template(vmid: null)), Is.EqualTo("the artifact has no vmid, so its template cannot be found"));
        Assert.That(await TemplatePresence.ProblemAsync(Client, Template(node: null)), Is.EqualTo("the artifact does not say which node holds template 9000 (no node)"));
    }

    [Test]
    public async Task An_iso_that_is_there_has_no_problem()
    {
        Pve.Storage("local").AddVolume(SimVolume.Iso("local", "archlinux.iso", 4096));

        Assert.That(await TemplatePresence.ProblemAsync(Client, Iso()), Is.Null);
    }

    [Test]
    public async Task An_iso_that_is_gone_is_a_problem()
    {
        Assert.That(await TemplatePresence.ProblemAsync(Client, Iso()), Is.EqualTo("the ISO local:iso/archlinux.iso is not on node 'pve'"));
    }

    [Test]
    public async Task An_iso_without_its_storage_is_a_problem()
    {
        Assert.That(await TemplatePresence.ProblemAsync(Client, Iso(storage: null)),
            Is.EqualTo("the artifact does not say where the ISO archlinux.iso was uploaded (proxmox_node, proxmox_storage)"));
    }

    [Test]
    public async Task An_artifact_the_builder_wrote_is_present_until_its_template_goes()
    {
        var mirror = await LoopbackFileServer.StartAsync();
        try
        {
            var image = RandomBytes(64 * 1024);
            var url = mirror.Add("noble-server-cloudimg-amd64.img", image);
            Pve.Storage("local").AllowContent("import");
            WriteTemplate("ubuntu", $$"""{ "kind": "cloud-image", "image_url": "{{url}}", "checksum": "{{Sha256(image)}}" }""");
            var artifact = (await BuildOneAsync("ubuntu")).Artifact!.Read();

            Assert.That(await TemplatePresence.ProblemAsync(Client, artifact), Is.Null);
            Pve.RemoveVm(artifact.Vmid!.Value);
            Assert.That(await TemplatePresence.ProblemAsync(Client, artifact), Is.EqualTo($"VMID {artifact.Vmid} is not on node 'pve'"));
        }
        finally
        {
            await mirror.DisposeAsync();
        }
    }
}
