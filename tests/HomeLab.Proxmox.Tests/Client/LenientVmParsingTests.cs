using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>VM, task and content answers in the shapes other Proxmox versions give, through the whole client.</summary>
public class LenientVmParsingTests : SimulatorTest
{
    [Test]
    public async Task Nextid_may_be_a_number()
    {
        Canned("/cluster/nextid", """{"data":104}""");

        Assert.That(await Client.GetNextIdAsync(), Is.EqualTo(104));
    }

    [Test]
    public void A_nextid_that_is_no_number_is_a_response_error()
    {
        Canned("/cluster/nextid", """{"data":"next"}""");

        var error = Assert.ThrowsAsync<ProxmoxResponseException>(() => Client.GetNextIdAsync());

        Assert.That(error!.Message, Does.Contain("answered GET /cluster/nextid in an unexpected shape: \"data\" is \"next\", not a VMID"));
    }

    [Test]
    public void A_template_call_answered_with_null_as_before_7_1_is_a_response_error()
    {
        Canned("/nodes/pve/qemu/9000/template", """{"data":null}""");

        var error = Assert.ThrowsAsync<ProxmoxResponseException>(() => Client.ConvertToTemplateAsync("pve", 9000));

        Assert.That(error!.Message, Does.Contain("\"data\" is null, not a task id (UPID)"));
    }

    [Test]
    public async Task Config_memory_may_be_a_number_as_before_qemu_server_8_1()
    {
        Canned("/nodes/pve/qemu/100/config", """{"data":{"memory":2048,"template":1,"name":"old","scsi0":"file=nas:100/vm-100-disk-0.qcow2,size=8G","digest":"abc"}}""");

        var config = await Client.GetVmConfigAsync("pve", 100);

        Assert.That((config.Get("memory"), config.IsTemplate, config.Name), Is.EqualTo(("2048", true, "old")));
        Assert.That(config.DiskStorage, Is.EqualTo("nas"));
        Assert.That(config.CreatedAt, Is.Null, "no meta before qemu-server 7");
        Assert.That(config.Values.ContainsKey("digest"), Is.False);
        Assert.That(config.Digest, Is.EqualTo("abc"));
    }

    [Test]
    public async Task A_list_entry_may_carry_the_template_flag_as_a_string_and_lack_a_name()
    {
        Canned("/nodes/pve/qemu", """{"data":[{"vmid":"9000","template":"1","status":"stopped","tags":"a;b"}]}""");

        var vm = (await Client.ListVmsAsync("pve")).Single();

        Assert.That((vm.VmId, vm.Name, vm.IsTemplate), Is.EqualTo((9000, "VM 9000", true)));
        Assert.That(vm.Tags, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task A_running_task_has_no_exit_status()
    {
        const string upid = "UPID:pve:0001A2B3:00C0FFEE:6710A2B3:qmcreate:100:root@pam!packer:";
        Canned($"/nodes/pve/tasks/{upid}/status", $$$"""{"data":{"upid":"{{{upid}}}","node":"pve","pid":107187,"pstart":12648430,"starttime":1729143475,"type":"qmcreate","id":"100","user":"root@pam","tokenid":"packer","status":"running"}}""");

        var status = await Client.GetTaskStatusAsync(Upid.Parse(upid));

        Assert.That((status.IsRunning, status.ExitStatus, status.Succeeded), Is.EqualTo((true, (string?)null, false)));
    }

    private void Canned(string path, string body) => Simulator.Faults.RespondNext(path, 200, body);
}

/// <summary>The helpers of the config model, which manifests read.</summary>
public class PveVmConfigTests
{
    [Test]
    public void The_disk_storage_is_scsi0s_else_ide1s()
    {
        Assert.That(Config(("scsi0", "local-lvm:base-9000-disk-0,size=32G"), ("ide1", "nas:iso/x.iso,media=cdrom")).DiskStorage, Is.EqualTo("local-lvm"));
        Assert.That(Config(("ide1", "nas:9000/base-9000-disk-0.qcow2,size=8G")).DiskStorage, Is.EqualTo("nas"));
        Assert.That(Config(("scsi0", "none")).DiskStorage, Is.Null);
        Assert.That(Config().DiskStorage, Is.Null);
    }

    [Test]
    public void Created_at_comes_from_the_meta_ctime()
    {
        Assert.That(Config(("meta", "creation-qemu=9.2.0,ctime=1754300000")).CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1754300000)));
        Assert.That(Config(("meta", "creation-qemu=9.2.0")).CreatedAt, Is.Null);
    }

    [Test]
    public void Name_description_tags_and_template_read_their_keys()
    {
        var config = Config(("name", "arch"), ("description", "built by packer"), ("tags", "arch;template"), ("template", "1"));

        Assert.That((config.Name, config.Description, config.IsTemplate), Is.EqualTo(("arch", "built by packer", true)));
        Assert.That(config.Tags, Is.EqualTo(new[] { "arch", "template" }));
        Assert.That(Config().IsTemplate, Is.False);
    }

    private static PveVmConfig Config(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => v.Value), digest: null);
}
