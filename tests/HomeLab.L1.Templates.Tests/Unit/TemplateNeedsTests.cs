using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates.Tests.Unit;

/// <summary>What each kind of template needs of the node: the needs L0 checks and L1 checks again before a build.</summary>
public class TemplateNeedsTests : LabTest
{
    [Test]
    public void Each_kind_needs_its_content_on_the_storage_it_uses()
    {
        WriteTemplate("ubuntu", """{ "kind": "cloud-image", "image_url": "https://cloud-images.example/noble.img" }""");
        WriteTemplate("debian", """{ "kind": "cloud-image", "image_url": "https://cloud-images.example/bookworm.qcow2", "storage": "fast" }""");
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/arch.iso" }""");
        WriteTemplate("alpine", """{ "kind": "iso", "iso_path": "out/alpine.iso", "storage": "nas" }""");
        WriteTemplate("windows", """{ "kind": "packer" }""");

        var needs = TemplateNeeds.For(new[] { "ubuntu", "debian", "arch", "alpine", "windows" }.Select(Lab.ReadTemplate), "local", "local-lvm");

        Assert.That(needs.Content.Select(n => $"{n.Storage}:{n.Content} for {n.NeededBy} ({n.ChosenBy})"), Is.EqualTo(new[]
        {
            "local:import for the cloud-image template of ubuntu (PVE_STORAGE_ISO)",
            "local-lvm:images for the cloud-image template of ubuntu (PVE_STORAGE_VM)",
            "local:import for the cloud-image template of debian (PVE_STORAGE_ISO)",
            "fast:images for the cloud-image template of debian (\"storage\" in infra/os/debian/template.json)",
            "local:iso for the iso template of arch (PVE_STORAGE_ISO)",
            "nas:iso for the iso template of alpine (\"storage\" in infra/os/alpine/template.json)",
            "local-lvm:images for the packer template of windows (PVE_STORAGE_VM)",
        }));
        Assert.That(needs.Features, Is.EqualTo(new[]
        {
            new PveFeatureNeed(PveFeature.DownloadDiskImage, "the cloud-image template of ubuntu"),
            new PveFeatureNeed(PveFeature.DownloadDiskImage, "the cloud-image template of debian"),
        }));
    }

    [Test]
    public void Two_cloud_images_on_an_old_release_give_one_reason_naming_both()
    {
        WriteTemplate("ubuntu", """{ "kind": "cloud-image", "image_url": "https://cloud-images.example/noble.img" }""");
        WriteTemplate("debian", """{ "kind": "cloud-image", "image_url": "https://cloud-images.example/bookworm.qcow2" }""");
        var needs = TemplateNeeds.For([Lab.ReadTemplate("ubuntu"), Lab.ReadTemplate("debian")], "local", "local-lvm");

        var reasons = PveNeedsCheck.VersionReasons(needs, new PveVersion("8.3.4", "8.3", null));

        Assert.That(reasons, Is.EqualTo(new[]
        {
            "The cloud-image template of ubuntu and the cloud-image template of debian need download-url of a .qcow2/.raw/.vmdk image into " +
            "'import' content, which came with Proxmox VE 8.4; this node runs 8.3.4. Upgrade Proxmox VE to 8.4 or later.",
        }));
    }
}
