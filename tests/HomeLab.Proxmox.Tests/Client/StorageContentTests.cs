using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

public class StorageContentTests : SimulatorTest
{
    [SetUp]
    public void AddVolumes()
    {
        var local = Pve.Storage("local");
        local.AddVolume(SimVolume.Iso("local", "archlinux.iso", 1_200_000_000)).CTime = 1_754_300_000;
        local.AddVolume(SimVolume.Import("local", "noble.qcow2", 600_000_000));
        Pve.Storage("local-lvm").AddVolume(new SimVolume("local-lvm:base-9000-disk-0", "images", "raw", 3L << 30, 9000));
    }

    [Test]
    public async Task Volumes_are_listed_with_their_content_format_size_and_time()
    {
        var volumes = await Client.ListStorageContentAsync("pve", "local");

        Assert.That(volumes.Select(v => v.VolId), Is.EqualTo(new[] { "local:import/noble.qcow2", "local:iso/archlinux.iso" }));
        var iso = volumes[1];
        Assert.That((iso.Content, iso.Format, iso.Size, iso.VmId), Is.EqualTo(("iso", "iso", 1_200_000_000L, (int?)null)));
        Assert.That(iso.Created, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_754_300_000)));
        Assert.That((iso.Storage, iso.Name), Is.EqualTo(("local", "archlinux.iso")));
        Assert.That(volumes[0].Format, Is.EqualTo("qcow2"));
    }

    [Test]
    public async Task The_content_filter_keeps_one_type()
    {
        var imports = await Client.ListStorageContentAsync("pve", "local", "import");

        Assert.That(imports.Select(v => v.Name), Is.EqualTo(new[] { "noble.qcow2" }));
    }

    [Test]
    public async Task Images_carry_their_vmid()
    {
        var image = (await Client.ListStorageContentAsync("pve", "local-lvm")).Single();

        Assert.That((image.VmId, image.Name, image.Storage), Is.EqualTo(((int?)9000, "base-9000-disk-0", "local-lvm")));
    }

    [Test]
    public async Task Images_of_vms_the_token_cannot_configure_are_hidden()
    {
        State.DefaultToken.Revoke("/storage", "Datastore.Allocate").Revoke("/vms/9000", "VM.Config.Disk");

        Assert.That(await Client.ListStorageContentAsync("pve", "local-lvm"), Is.Empty);
    }

    [Test]
    public void An_unknown_storage_is_not_found()
    {
        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.ListStorageContentAsync("pve", "nas"));

        Assert.That(error!.Message, Is.EqualTo("GET /nodes/pve/storage/nas/content failed: storage 'nas' does not exist."));
    }
}
