using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>
/// PUT …/qemu/{vmid}/resize through the client: the resize task grows the disk and its size=; shrinking, unknown disks,
/// CD-ROMs and a missing storage privilege fail the task with qemu-server's messages; VM.Config.Disk is checked at once.
/// </summary>
public class ResizeDiskTests : SimulatorTest
{
    private const long MiB = 1L << 20;
    private const long GiB = 1L << 30;
    private const string Disk = "local-lvm:vm-9000-disk-0";

    [SetUp]
    public async Task CreateVmWithImportedDisk()
    {
        Pve.Storage("local").AddVolume(SimVolume.Import("local", "noble.qcow2", 3584 * MiB));
        await WaitAsync(await Client.CreateVmAsync("pve", new VmCreateRequest
        {
            VmId = 9000,
            Name = "ubuntu",
            Settings = new Dictionary<string, string>
            {
                ["scsi0"] = VmDrive.Import("local-lvm", "local:import/noble.qcow2", "discard=on"),
                ["ide2"] = VmDrive.CloudInit("local-lvm"),
            },
        }));
    }

    [TestCase("+2G", "5632M", 5632 * MiB)]
    [TestCase("32G", "32G", 32 * GiB)]
    [TestCase("4096M", "4G", 4 * GiB)]
    [TestCase("+0.5G", "4G", 4 * GiB)]
    [TestCase("+512K", "3670528K", (3584 * MiB) + (512 * 1024))]
    [TestCase("1T", "1T", 1024 * GiB)]
    public async Task The_resize_task_grows_the_disk_and_its_size_in_the_config(string size, string shown, long bytes)
    {
        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", size);
        var status = await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id, upid.Node), Is.EqualTo(("resize", "9000", "pve")));
        Assert.That(status.ExitStatus, Is.EqualTo("OK"));
        var config = await Client.GetVmConfigAsync("pve", 9000);
        Assert.That(config.Get("scsi0"), Is.EqualTo($"{Disk},discard=on,size={shown}"));
        Assert.That(Pve.Storage("local-lvm").FindVolume(Disk)!.Size, Is.EqualTo(bytes), "the volume itself grew");
        Assert.That((await Client.ListVmsAsync("pve")).Single().MaxDisk, Is.EqualTo(bytes));
        Assert.That(config.Get("ide2"), Is.EqualTo("local-lvm:vm-9000-cloudinit,media=cdrom"), "other drives are untouched");
    }

    [Test]
    public async Task The_log_reports_the_logical_volume_growing()
    {
        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", "32G");
        await WaitAsync(upid);

        var log = await Client.GetTaskLogAsync(upid, limit: 0);

        Assert.That(log.Lines.Select(l => l.Text), Is.EqualTo(new[]
        {
            "  Size of logical volume pve/vm-9000-disk-0 changed from 3.50 GiB (896 extents) to 32.00 GiB (8192 extents).",
            "  Logical volume pve/vm-9000-disk-0 successfully resized.",
            "TASK OK",
        }));
    }

    [Test]
    public async Task The_same_size_changes_nothing_and_succeeds()
    {
        var before = await Client.GetVmConfigAsync("pve", 9000);

        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", "3584M");
        var status = await WaitAsync(upid);

        Assert.That(status.ExitStatus, Is.EqualTo("OK"));
        Assert.That((await Client.GetVmConfigAsync("pve", 9000)).Digest, Is.EqualTo(before.Digest));
        Assert.That((await Client.GetTaskLogAsync(upid, limit: 0)).Lines.Select(l => l.Text), Is.EqualTo(new[] { "TASK OK" }));
    }

    [TestCase("2G")]
    [TestCase("3583M")]
    public async Task Shrinking_fails_the_task_and_keeps_the_disk(string size)
    {
        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", size);
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("shrinking disks is not supported"));
        Assert.That(error.LogTail, Is.EqualTo(new[] { "TASK ERROR: shrinking disks is not supported" }));
        Assert.That((await Client.GetVmConfigAsync("pve", 9000)).Get("scsi0"), Is.EqualTo($"{Disk},discard=on,size=3584M"));
        Assert.That(Pve.Storage("local-lvm").FindVolume(Disk)!.Size, Is.EqualTo(3584 * MiB));
    }

    [Test]
    public async Task A_disk_the_vm_does_not_have_fails_the_task()
    {
        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi1", "+1G");
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("disk 'scsi1' does not exist"));
        Assert.That(error.Message, Does.Contain("resize 9000 on pve failed: disk 'scsi1' does not exist"));
    }

    [Test]
    public async Task The_cloud_init_drive_is_a_cdrom_and_cannot_be_resized()
    {
        var upid = await Client.ResizeDiskAsync("pve", 9000, "ide2", "+1G");
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("you can't resize a cdrom"));
    }

    [Test]
    public async Task A_missing_vm_fails_the_task_as_its_missing_config()
    {
        var upid = await Client.ResizeDiskAsync("pve", 9001, "scsi0", "+1G");
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("Configuration file 'nodes/pve/qemu-server/9001.conf' does not exist"));
    }

    [Test]
    public async Task A_locked_vm_is_not_resized()
    {
        Pve.Vm(9000).Lock = "backup";

        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", "+1G");
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("VM is locked (backup)"));
        Assert.That(Pve.Vm(9000).Get("scsi0"), Does.EndWith("size=3584M"));
    }

    [Test]
    public void Without_vm_config_disk_the_call_is_refused_before_any_task()
    {
        State.DefaultToken.Revoke("/vms", "VM.Config.Disk");

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.ResizeDiskAsync("pve", 9000, "scsi0", "+1G"));

        Assert.That((error!.Path, error.Privilege), Is.EqualTo(("/vms/9000", "VM.Config.Disk")));
        Assert.That(State.Tasks.Where(t => t.Type == "resize"), Is.Empty);
    }

    [Test]
    public async Task Without_allocate_space_on_the_disks_storage_the_task_fails()
    {
        State.DefaultToken.Revoke("/storage/local-lvm", "Datastore.AllocateSpace");

        var upid = await Client.ResizeDiskAsync("pve", 9000, "scsi0", "+1G");
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("Permission check failed (/storage/local-lvm, Datastore.AllocateSpace)"));
    }

    [Test]
    public async Task On_a_dir_storage_the_qcow2_image_is_resized()
    {
        Pve.Storage("local").AllowContent("images");
        Pve.AddVm(9001, "dir").Set("scsi0", "local:9001/vm-9001-disk-0.qcow2,size=2G");
        Pve.Storage("local").AddVolume(new SimVolume("local:9001/vm-9001-disk-0.qcow2", "images", "qcow2", 2 * GiB, 9001));

        var upid = await Client.ResizeDiskAsync("pve", 9001, "scsi0", "+2G");
        await WaitAsync(upid);

        Assert.That(Pve.Vm(9001).Get("scsi0"), Is.EqualTo("local:9001/vm-9001-disk-0.qcow2,size=4G"));
        Assert.That((await Client.GetTaskLogAsync(upid, limit: 0)).Lines.Select(l => l.Text), Is.EqualTo(new[] { "Image resized.", "TASK OK" }));
    }

    [Test]
    public void A_resize_is_sent_once_even_when_the_server_answers_503()
    {
        Simulator.Faults.FailNext("/nodes/pve/qemu/9000/resize", 503, FaultInjector.Forever);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.ResizeDiskAsync("pve", 9000, "scsi0", "+1G"));

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(Simulator.Requests.Count("PUT", "/nodes/pve/qemu/9000/resize"), Is.EqualTo(1));
    }
}
