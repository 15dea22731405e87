using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>The cloud-image flow against the simulator: nextid, create with import-from and cloud-init, template, delete.</summary>
public class VmLifecycleTests : SimulatorTest
{
    private const long MiB = 1L << 20;

    [SetUp]
    public void AddCloudImage() => Pve.Storage("local").AddVolume(SimVolume.Import("local", "noble.qcow2", 3584 * MiB));

    [Test]
    public async Task Nextid_is_the_lowest_free_vmid_in_the_cluster()
    {
        Assert.That(await Client.GetNextIdAsync(), Is.EqualTo(100));

        Pve.AddVm(100);
        State.AddNode("pve2").AddVm(101);

        Assert.That(await Client.GetNextIdAsync(), Is.EqualTo(102));
        Assert.That(await Client.IsVmIdFreeAsync(101), Is.False);
        Assert.That(await Client.IsVmIdFreeAsync(9000), Is.True);
    }

    [Test]
    public async Task A_cloud_image_vm_is_created_with_its_imported_disk_and_cloud_init_drive()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var upid = await Client.CreateVmAsync("pve", CloudImageVm(9000));
        var status = await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id, upid.Node), Is.EqualTo(("qmcreate", "9000", "pve")));
        Assert.That(status.ExitStatus, Is.EqualTo("OK"));
        var config = await Client.GetVmConfigAsync("pve", 9000);
        Assert.That(config.Name, Is.EqualTo("ubuntu-2404"));
        Assert.That(config.Get("scsi0"), Is.EqualTo("local-lvm:vm-9000-disk-0,discard=on,iothread=1,size=3584M"));
        Assert.That(config.Get("ide2"), Is.EqualTo("local-lvm:vm-9000-cloudinit,media=cdrom"));
        Assert.That(config.Get("memory"), Is.EqualTo("2048"));
        Assert.That(config.Get("cores"), Is.EqualTo("2"));
        Assert.That(config.Get("tags"), Is.EqualTo("template;ubuntu"));
        Assert.That(config.Get("net0"), Does.Match("^virtio=BC:24:11:[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2},bridge=vmbr0$"));
        Assert.That(config.Get("ciuser"), Is.EqualTo("ubuntu"));
        Assert.That(config.Tags, Is.EqualTo(new[] { "template", "ubuntu" }));
        Assert.That(config.Description, Is.EqualTo("Ubuntu 24.04 cloud image"));
        Assert.That(config.DiskStorage, Is.EqualTo("local-lvm"));
        Assert.That(config.IsTemplate, Is.False);
        Assert.That(config.CreatedAt, Is.InRange(before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.That(config.Digest, Does.Match("^[0-9a-f]{40}$"));
        var vm = (await Client.ListVmsAsync("pve")).Single();
        Assert.That((vm.VmId, vm.Name, vm.IsTemplate, vm.IsRunning, vm.Lock), Is.EqualTo((9000, "ubuntu-2404", false, false, (string?)null)));
        Assert.That((vm.MaxMem, vm.MaxDisk, vm.Cpus), Is.EqualTo((2048 * MiB, 3584 * MiB, 2.0)));
        var disks = await Client.ListStorageContentAsync("pve", "local-lvm", "images");
        Assert.That(disks.Select(d => (d.VolId, d.VmId, d.Size)), Is.EquivalentTo(new[]
        {
            ("local-lvm:vm-9000-cloudinit", (int?)9000, 4 * MiB),
            ("local-lvm:vm-9000-disk-0", (int?)9000, 3584 * MiB),
        }));
    }

    [Test]
    public async Task The_create_log_reports_the_import_and_each_disk()
    {
        var upid = await Client.CreateVmAsync("pve", CloudImageVm(9000));
        await WaitAsync(upid);

        var log = await Client.GetTaskLogAsync(upid, limit: 0);

        Assert.That(log.Lines.Select(l => l.Text), Is.EqualTo(new[]
        {
            "ide2: successfully created disk 'local-lvm:vm-9000-cloudinit,media=cdrom'",
            "importing disk 'local:import/noble.qcow2' to VM 9000 ...",
            "transferred 0.0 B of 3.50 GiB (0.00%)",
            "transferred 3.50 GiB of 3.50 GiB (100.00%)",
            "scsi0: successfully created disk 'local-lvm:vm-9000-disk-0,discard=on,iothread=1,size=3584M'",
            "TASK OK",
        }));
        Assert.That(log.Lines.Select(l => l.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(log.Total, Is.EqualTo(6));
    }

    [Test]
    public async Task Converting_to_a_template_renames_the_disk_to_base_and_keeps_the_cloud_init_drive()
    {
        await WaitAsync(await Client.CreateVmAsync("pve", CloudImageVm(9000)));

        var upid = await Client.ConvertToTemplateAsync("pve", 9000);
        await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id), Is.EqualTo(("qmtemplate", "9000")));
        var config = await Client.GetVmConfigAsync("pve", 9000);
        Assert.That(config.IsTemplate, Is.True);
        Assert.That(config.Get("scsi0"), Is.EqualTo("local-lvm:base-9000-disk-0,discard=on,iothread=1,size=3584M"));
        Assert.That(config.Get("ide2"), Is.EqualTo("local-lvm:vm-9000-cloudinit,media=cdrom"));
        Assert.That((await Client.ListVmsAsync("pve")).Single().IsTemplate, Is.True);
        Assert.That((await Client.GetVmStatusAsync("pve", 9000)).IsTemplate, Is.True);
        var volumes = (await Client.ListStorageContentAsync("pve", "local-lvm")).Select(v => v.VolId);
        Assert.That(volumes, Is.EquivalentTo(new[] { "local-lvm:base-9000-disk-0", "local-lvm:vm-9000-cloudinit" }));
        var log = await Client.GetTaskLogAsync(upid);
        Assert.That(log.Lines[0].Text, Is.EqualTo("  Renamed \"vm-9000-disk-0\" to \"base-9000-disk-0\" in volume group \"pve\""));
    }

    [Test]
    public async Task On_a_dir_storage_disks_are_qcow2_files_below_the_vmid()
    {
        Pve.Storage("local").AllowContent("images");
        var vm = CloudImageVm(9001) with
        {
            Settings = new Dictionary<string, string>
            {
                ["scsi0"] = VmDrive.Import("local", "local:import/noble.qcow2"),
                ["ide2"] = VmDrive.CloudInit("local"),
            },
        };

        await WaitAsync(await Client.CreateVmAsync("pve", vm));
        var created = await Client.GetVmConfigAsync("pve", 9001);
        await WaitAsync(await Client.ConvertToTemplateAsync("pve", 9001));
        var template = await Client.GetVmConfigAsync("pve", 9001);

        Assert.That(created.Get("scsi0"), Is.EqualTo("local:9001/vm-9001-disk-0.qcow2,size=3584M"));
        Assert.That(created.Get("ide2"), Is.EqualTo("local:9001/vm-9001-cloudinit.qcow2,media=cdrom"));
        Assert.That(template.Get("scsi0"), Is.EqualTo("local:9001/base-9001-disk-0.qcow2,size=3584M"));
        var images = await Client.ListStorageContentAsync("pve", "local", "images");
        Assert.That(images.Single(v => v.Name == "base-9001-disk-0.qcow2").Format, Is.EqualTo("qcow2"));
    }

    [Test]
    public async Task Deleting_removes_the_vm_and_its_disks()
    {
        await WaitAsync(await Client.CreateVmAsync("pve", CloudImageVm(9000)));
        await WaitAsync(await Client.ConvertToTemplateAsync("pve", 9000));
        Pve.Storage("local-lvm").AddVolume(new SimVolume("local-lvm:vm-9000-disk-7", "images", "raw", MiB, 9000));

        var upid = await Client.DeleteVmAsync("pve", 9000);
        await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id), Is.EqualTo(("qmdestroy", "9000")));
        Assert.That(await Client.ListVmsAsync("pve"), Is.Empty);
        Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.GetVmConfigAsync("pve", 9000));
        var left = await Client.ListStorageContentAsync("pve", "local-lvm");
        Assert.That(left.Select(v => v.VolId), Is.EqualTo(new[] { "local-lvm:vm-9000-disk-7" }), "an unreferenced disk stays without destroy-unreferenced-disks");
    }

    [Test]
    public async Task Delete_flags_travel_in_the_query_string()
    {
        Pve.AddVm(9000, "old");
        Pve.Storage("local-lvm").AddVolume(new SimVolume("local-lvm:vm-9000-disk-7", "images", "raw", MiB, 9000));

        var upid = await Client.DeleteVmAsync("pve", 9000, purge: true, destroyUnreferencedDisks: true);
        var log = await Client.GetTaskLogAsync((await WaitAsync(upid)).Upid, limit: 0);

        Assert.That(await Client.ListStorageContentAsync("pve", "local-lvm"), Is.Empty);
        Assert.That(log.Lines.Select(l => l.Text), Does.Contain("purging VM 9000 from related configurations.."));
    }

    [Test]
    public async Task Stop_ends_with_the_vm_stopped()
    {
        Pve.AddVm(100, "web").Running = true;

        var upid = await Client.StopVmAsync("pve", 100);
        await WaitAsync(upid);

        Assert.That(upid.Type, Is.EqualTo("qmstop"));
        var status = await Client.GetVmStatusAsync("pve", 100);
        Assert.That((status.Status, status.IsRunning), Is.EqualTo(("stopped", false)));
    }

    [Test]
    public async Task A_taken_vmid_fails_the_create_at_once_with_a_500()
    {
        State.AddNode("pve2").AddVm(9000, "elsewhere");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", CloudImageVm(9000)));

        Assert.That(error!.StatusCode, Is.EqualTo(500));
        Assert.That(error.Message, Is.EqualTo("POST /nodes/pve/qemu failed with 500: unable to create VM 9000 - VM 9000 already exists on node 'pve2'."));
        Assert.That(State.Tasks, Is.Empty, "no task was started");
    }

    [Test]
    public async Task A_vmid_being_created_is_already_taken()
    {
        Simulator.Faults.SlowTasks(TimeSpan.FromSeconds(2), "qmcreate");
        await Client.CreateVmAsync("pve", CloudImageVm(9000));

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", CloudImageVm(9000)));

        Assert.That(error!.Message, Does.Contain("VM 9000 already exists on node 'pve'"));
        Assert.That((await Client.ListVmsAsync("pve")).Single().Lock, Is.EqualTo("create"));
    }

    [Test]
    public void Import_from_with_a_size_other_than_0_is_a_400()
    {
        var vm = CloudImageVm(9000) with
        {
            Settings = new Dictionary<string, string> { ["scsi0"] = "local-lvm:32,import-from=local:import/noble.qcow2" },
        };

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", vm));

        Assert.That(error!.StatusCode, Is.EqualTo(400));
        Assert.That(error.Message, Does.Contain("scsi0: 'import-from' requires special syntax - use <storage ID>:0,import-from=<source>"));
    }

    [Test]
    public void Importing_an_iso_volume_is_a_400_naming_the_wrong_type()
    {
        var vm = CloudImageVm(9000) with
        {
            Settings = new Dictionary<string, string> { ["scsi0"] = VmDrive.Import("local-lvm", "local:iso/noble.iso") },
        };

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", vm));

        Assert.That(error!.Message, Does.Contain("local:iso/noble.iso has wrong type 'iso' - needs to be 'images' or 'import'"));
    }

    [Test]
    public async Task A_missing_import_source_fails_the_task_and_leaves_no_vm()
    {
        var vm = CloudImageVm(9000) with
        {
            Settings = new Dictionary<string, string>
            {
                ["ide2"] = VmDrive.CloudInit("local-lvm"),
                ["scsi0"] = VmDrive.Import("local-lvm", "local:import/jammy.qcow2"),
            },
        };

        var upid = await Client.CreateVmAsync("pve", vm);
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo("unable to create VM 9000 - volume 'local:import/jammy.qcow2' does not exist"));
        Assert.That(error.LogTail, Is.EqualTo(new[]
        {
            "ide2: successfully created disk 'local-lvm:vm-9000-cloudinit,media=cdrom'",
            "TASK ERROR: unable to create VM 9000 - volume 'local:import/jammy.qcow2' does not exist",
        }));
        Assert.That(await Client.ListVmsAsync("pve"), Is.Empty);
        Assert.That(await Client.ListStorageContentAsync("pve", "local-lvm"), Is.Empty, "the cloud-init drive is removed again");
    }

    [Test]
    public void A_missing_target_storage_is_a_500()
    {
        var vm = CloudImageVm(9000) with { Settings = new Dictionary<string, string> { ["scsi0"] = VmDrive.Import("nvme", "local:import/noble.qcow2") } };

        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.CreateVmAsync("pve", vm));

        Assert.That(error!.Message, Does.Contain("storage 'nvme' does not exist"));
    }

    [Test]
    public void A_storage_without_images_content_is_refused()
    {
        var vm = CloudImageVm(9000) with { Settings = new Dictionary<string, string> { ["ide2"] = VmDrive.CloudInit("local") } };

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", vm));

        Assert.That(error!.StatusCode, Is.EqualTo(400));
        Assert.That(error.Message, Does.Contain("storage 'local' does not support vm images"));
    }

    [TestCase("/vms/9000", "VM.Allocate", "/vms/9000")]
    [TestCase("/storage/local-lvm", "Datastore.AllocateSpace", "/storage/local-lvm")]
    [TestCase("/storage/local", "Datastore.AllocateSpace", null)]
    [TestCase("/sdn/zones/localnetwork/vmbr0", "SDN.Use", "/sdn/zones/localnetwork/vmbr0")]
    [TestCase("/vms", "VM.Config.HWType", "/vms/9000")]
    [TestCase("/vms", "VM.Config.Disk", "/vms/9000")]
    [TestCase("/vms", "VM.Config.Memory", "/vms/9000")]
    public void Create_needs_each_privilege_its_parameters_touch(string path, string privilege, string? deniedOn)
    {
        State.DefaultToken.Revoke(path, privilege);
        if (deniedOn is null)
        {
            // Reading the import source needs Datastore.AllocateSpace OR Datastore.Audit on its storage.
            State.DefaultToken.Revoke(path, "Datastore.Audit");
            deniedOn = path;
        }

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.CreateVmAsync("pve", CloudImageVm(9000)));

        Assert.That(error!.Path, Is.EqualTo(deniedOn));
        Assert.That(error.Privilege, Does.Contain(privilege));
        Assert.That(State.Tasks, Is.Empty);
    }

    [Test]
    public async Task Network_privileges_alone_allow_the_cloud_init_keys()
    {
        State.DefaultToken.Revoke("/vms", "VM.Config.Cloudinit");

        var status = await WaitAsync(await Client.CreateVmAsync("pve", CloudImageVm(9000)));

        Assert.That(status.Succeeded, Is.True);
    }

    [Test]
    public void Cloud_init_keys_need_cloudinit_or_network_privileges()
    {
        State.DefaultToken.Revoke("/vms", "VM.Config.Cloudinit", "VM.Config.Network");

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.CreateVmAsync("pve", CloudImageVm(9000) with
        {
            Settings = new Dictionary<string, string> { ["ciuser"] = "ubuntu" },
        }));

        Assert.That((error!.Path, error.Privilege), Is.EqualTo(("/vms/9000", "VM.Config.Cloudinit|VM.Config.Network")));
    }

    [Test]
    public void A_post_is_sent_once_even_when_the_server_answers_503()
    {
        Simulator.Faults.FailNext("/nodes/pve/qemu", 503, FaultInjector.Forever);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.CreateVmAsync("pve", CloudImageVm(9000)));

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(Simulator.Requests.Count("POST", "/nodes/pve/qemu"), Is.EqualTo(1));
    }

    [Test]
    public void A_delete_is_sent_once_even_when_the_server_answers_503()
    {
        Pve.AddVm(9000);
        Simulator.Faults.FailNext("/nodes/pve/qemu/9000", 503, FaultInjector.Forever);

        Assert.ThrowsAsync<ProxmoxException>(() => Client.DeleteVmAsync("pve", 9000, purge: true));

        Assert.That(Simulator.Requests.Count("DELETE", "/nodes/pve/qemu/9000"), Is.EqualTo(1));
    }

    [Test]
    public void A_template_cannot_be_converted_again()
    {
        Pve.AddVm(9000, "ubuntu").Set("template", "1");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.ConvertToTemplateAsync("pve", 9000));

        Assert.That(error!.Message, Does.EndWith("failed with 500: you can't convert a template to a template."));
    }

    [Test]
    public void A_running_vm_is_neither_converted_nor_deleted()
    {
        Pve.AddVm(100, "web").Running = true;

        var template = Assert.ThrowsAsync<ProxmoxException>(() => Client.ConvertToTemplateAsync("pve", 100));
        var delete = Assert.ThrowsAsync<ProxmoxException>(() => Client.DeleteVmAsync("pve", 100));

        Assert.That(template!.Message, Does.Contain("you can't convert a VM to template if VM is running"));
        Assert.That(delete!.Message, Does.Contain("VM 100 is running - destroy failed"));
    }

    [Test]
    public void A_vm_on_another_node_is_not_found_on_this_one()
    {
        State.AddNode("pve2").AddVm(100);

        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.GetVmConfigAsync("pve", 100));

        Assert.That(error!.Message, Does.Contain("Configuration file 'nodes/pve/qemu-server/100.conf' does not exist"));
    }

    private static VmCreateRequest CloudImageVm(int vmId) => new()
    {
        VmId = vmId,
        Name = "ubuntu-2404",
        MemoryMiB = 2048,
        Cores = 2,
        Sockets = 1,
        Cpu = "host",
        OsType = "l26",
        ScsiHw = "virtio-scsi-single",
        Machine = "q35",
        Agent = "enabled=1",
        Serial0 = "socket",
        Vga = "serial0",
        Boot = "order=scsi0",
        Tags = ["ubuntu", "Template"],
        Description = "Ubuntu 24.04 cloud image",
        Settings = new Dictionary<string, string>
        {
            ["net0"] = "virtio,bridge=vmbr0",
            ["scsi0"] = VmDrive.Import("local-lvm", "local:import/noble.qcow2", "discard=on,iothread=1"),
            ["ide2"] = VmDrive.CloudInit("local-lvm"),
            ["ciuser"] = "ubuntu",
            ["ipconfig0"] = "ip=dhcp",
        },
    };
}
