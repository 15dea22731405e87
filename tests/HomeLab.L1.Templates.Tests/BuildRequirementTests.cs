using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.L1.Templates.Tests;

/// <summary>"L1 when required": each reason to build, and the skip when the stable template is in place.</summary>
public class BuildRequirementTests : LabTest
{
    private const string StableTemplate = """
        {
          "os": "ubuntu", "kind": "cloud-image", "name": "tpl-ubuntu-20261126-120102", "vmid": 9000, "node": "pve",
          "storage": "local-lvm", "promoted_from": "vm-template-20261126-120102.json", "promoted_at": "2026-11-26T12:05:00Z"
        }
        """;

    private const string StableIso = """
        {
          "os": "arch", "kind": "iso", "iso_name": "archlinux.iso", "proxmox_node": "pve", "proxmox_storage": "local",
          "promoted_from": "archlinux.json"
        }
        """;

    private TemplateDefinition Ubuntu => Lab.ReadTemplate("ubuntu");

    private TemplateDefinition Arch => Lab.ReadTemplate("arch");

    [SetUp]
    public void WriteTemplates()
    {
        WriteTemplate("ubuntu", """{ "kind": "cloud-image", "image_url": "https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img" }""");
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso" }""");
    }

    [Test]
    public async Task Builds_when_there_is_no_stable_manifest()
    {
        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true, "there is no stable manifest (infra/os/ubuntu/spec/vm-template-stable.json)")));
    }

    [Test]
    public async Task Builds_when_the_stable_manifest_is_not_json()
    {
        WriteStable("ubuntu", "{ \"name\": ");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision.Build, Is.True);
        Assert.That(decision.Reason, Does.StartWith("the stable manifest is invalid (infra/os/ubuntu/spec/vm-template-stable.json:"));
        Assert.That(decision.Reason, Does.Not.Contain("\n"));
    }

    [Test]
    public async Task Builds_when_the_stable_manifest_breaks_its_schema()
    {
        WriteStable("ubuntu", """{ "kind": "cloud-image", "name": "tpl-ubuntu", "vmid": "not-a-number" }""");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision.Build, Is.True);
        Assert.That(decision.Reason, Does.Contain("vmid"));
    }

    [Test]
    public async Task Builds_when_the_vmid_is_not_on_the_node()
    {
        WriteStable("ubuntu", StableTemplate);

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true, "the stable template is gone: VMID 9000 is not on node 'pve'")));
    }

    [Test]
    public async Task Builds_when_the_vmid_is_on_another_node_only()
    {
        WriteStable("ubuntu", StableTemplate);
        Simulator.State.AddNode("pve2").AddVm(9000, "tpl-ubuntu-20261126-120102").Set("template", "1");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision.Build, Is.True);
    }

    [Test]
    public async Task Builds_when_the_vmid_is_not_a_template()
    {
        WriteStable("ubuntu", StableTemplate);
        Pve.AddVm(9000, "tpl-ubuntu-20261126-120102");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true,
            "the stable template is gone: VMID 9000 on node 'pve' is not a template (it is the VM 'tpl-ubuntu-20261126-120102')")));
    }

    [Test]
    public async Task Builds_when_the_template_has_another_name()
    {
        WriteStable("ubuntu", StableTemplate);
        AddTemplateVm(9000, "tpl-ubuntu-20250101-000000");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true,
            "the stable template is gone: VMID 9000 on node 'pve' is the template 'tpl-ubuntu-20250101-000000', not 'tpl-ubuntu-20261126-120102'")));
    }

    [Test]
    public async Task Skips_when_the_stable_template_is_in_place()
    {
        WriteStable("ubuntu", StableTemplate);
        AddTemplateVm(9000, "tpl-ubuntu-20261126-120102");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(false, "stable template 'tpl-ubuntu-20261126-120102' (VMID 9000) is on node 'pve'")));
    }

    [Test]
    public async Task Reads_the_original_toolings_symlinked_stable_manifest()
    {
        Temp.File("infra/os/ubuntu/artifacts/vm-template-20261126-120102.json", StableTemplate);
        var stable = Lab.Layout.StableManifestFile("ubuntu", ArtifactFamily.VmTemplate);
        Directory.CreateDirectory(Path.GetDirectoryName(stable)!);
        File.CreateSymbolicLink(stable, "../artifacts/vm-template-20261126-120102.json");
        AddTemplateVm(9000, "tpl-ubuntu-20261126-120102");

        var decision = await BuildRequirement.DecideAsync(Lab, Ubuntu, Client, "pve");

        Assert.That(decision.Build, Is.False);
    }

    [Test]
    public async Task Iso_builds_when_there_is_no_stable_iso_manifest()
    {
        var decision = await BuildRequirement.DecideAsync(Lab, Arch, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true, "there is no stable manifest (infra/os/arch/spec/iso-manifest-stable.json)")));
    }

    [Test]
    public async Task Iso_builds_when_the_stable_iso_manifest_is_invalid()
    {
        WriteStable("arch", "[1, 2", ArtifactFamily.Iso);

        var decision = await BuildRequirement.DecideAsync(Lab, Arch, Client, "pve");

        Assert.That(decision.Build, Is.True);
        Assert.That(decision.Reason, Does.StartWith("the stable manifest is invalid (infra/os/arch/spec/iso-manifest-stable.json"));
    }

    [Test]
    public async Task Iso_builds_when_the_volume_is_not_in_the_storage()
    {
        WriteStable("arch", StableIso, ArtifactFamily.Iso);
        Pve.Storage("local").AddVolume(SimVolume.Iso("local", "other.iso", 1024));

        var decision = await BuildRequirement.DecideAsync(Lab, Arch, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true, "the stable ISO is gone: the ISO local:iso/archlinux.iso is not on node 'pve'")));
    }

    [Test]
    public async Task Iso_skips_when_the_volume_is_in_the_storage()
    {
        WriteStable("arch", StableIso, ArtifactFamily.Iso);
        Pve.Storage("local").AddVolume(SimVolume.Iso("local", "archlinux.iso", 1024));

        var decision = await BuildRequirement.DecideAsync(Lab, Arch, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(false, "stable ISO 'archlinux.iso' is on storage 'local' of node 'pve'")));
    }

    [Test]
    public async Task Iso_builds_when_its_storage_is_gone()
    {
        WriteStable("arch", StableIso.Replace("\"local\"", "\"isos\""), ArtifactFamily.Iso);

        var decision = await BuildRequirement.DecideAsync(Lab, Arch, Client, "pve");

        Assert.That(decision, Is.EqualTo(new BuildDecision(true, "the stable ISO is gone: storage 'isos' is not on node 'pve'")));
    }
}
