using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>Task status, logs and WaitForTaskAsync: polling, failures with their log, warnings, timeouts.</summary>
public class TaskWaitTests : SimulatorTest
{
    [SetUp]
    public void AddVm() => Pve.AddVm(100, "web").Running = true;

    [Test]
    public async Task A_token_started_task_reports_the_user_and_the_token_name_apart()
    {
        var upid = await Client.StopVmAsync("pve", 100);
        var status = await WaitAsync(upid);

        Assert.That(upid.User, Is.EqualTo("homelab@pve!homelab"));
        Assert.That((status.User, status.TokenId), Is.EqualTo(("homelab@pve", "homelab")));
        Assert.That((status.Node, status.Type, status.Id, status.Status), Is.EqualTo(("pve", "qmstop", "100", "stopped")));
        Assert.That(status.Upid, Is.EqualTo(upid));
    }

    [Test]
    public async Task An_injected_failure_becomes_a_task_failed_exception_with_the_log_tail()
    {
        Simulator.Faults.FailTask("qmstop", "timeout waiting on systemd");

        var upid = await Client.StopVmAsync("pve", 100);
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.Message, Is.EqualTo("The Proxmox task qmstop 100 on pve failed: timeout waiting on systemd."));
        Assert.That(error.ExitStatus, Is.EqualTo("timeout waiting on systemd"));
        Assert.That(error.Upid, Is.EqualTo(upid));
        Assert.That(error.LogTail, Is.EqualTo(new[] { "TASK ERROR: timeout waiting on systemd" }));
        Assert.That((await Client.GetVmStatusAsync("pve", 100)).IsRunning, Is.True, "the failed task did not do its work");
    }

    [Test]
    public async Task A_failure_can_target_one_vmid()
    {
        Pve.AddVm(101, "db").Running = true;
        Simulator.Faults.FailTask("101", "VM quit/powerdown failed");

        var first = await WaitAsync(await Client.StopVmAsync("pve", 100));
        var second = Assert.ThrowsAsync<ProxmoxTaskFailedException>(async () => await WaitAsync(await Client.StopVmAsync("pve", 101)));

        Assert.That(first.ExitStatus, Is.EqualTo("OK"));
        Assert.That(second!.ExitStatus, Is.EqualTo("VM quit/powerdown failed"));
    }

    [Test]
    public async Task The_log_tail_is_the_last_twenty_lines()
    {
        // 25 new disks log a line each; the import from a missing source on virtio0 (created last) then fails.
        var settings = Enumerable.Range(0, 25).ToDictionary(i => $"scsi{i}", _ => VmDrive.New("local-lvm", 1));
        settings["virtio0"] = VmDrive.Import("local-lvm", "local:import/missing.qcow2");
        var upid = await Client.CreateVmAsync("pve", new VmCreateRequest { VmId = 9000, Settings = settings });

        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        var full = (await Client.GetTaskLogAsync(upid, limit: 0)).Lines.Select(l => l.Text).ToList();
        Assert.That(full, Has.Count.EqualTo(26));
        Assert.That(error!.LogTail, Is.EqualTo(full.Skip(6)));
        Assert.That(error.LogTail[0], Is.EqualTo("scsi6: successfully created disk 'local-lvm:vm-9000-disk-6,size=1G'"));
        Assert.That(error.LogTail[^1], Is.EqualTo("TASK ERROR: unable to create VM 9000 - volume 'local:import/missing.qcow2' does not exist"));
    }

    [Test]
    public async Task A_slow_task_is_polled_until_it_stops()
    {
        Simulator.Faults.SlowTasks(TimeSpan.FromMilliseconds(400), "qmstop");

        var upid = await Client.StopVmAsync("pve", 100);
        var first = await Client.GetTaskStatusAsync(upid);
        var final = await WaitAsync(upid);

        Assert.That((first.IsRunning, first.ExitStatus), Is.EqualTo((true, (string?)null)));
        Assert.That((final.IsStopped, final.ExitStatus), Is.EqualTo((true, "OK")));
        var path = $"/nodes/pve/tasks/{upid}/status";
        Assert.That(Simulator.Requests.Count("GET", path), Is.GreaterThan(2), "the waiter polled more than once");
    }

    [Test]
    public async Task Warnings_count_as_success()
    {
        Simulator.Faults.WarnTask("qmstop", "guest agent did not answer");

        var status = await WaitAsync(await Client.StopVmAsync("pve", 100));

        Assert.That((status.ExitStatus, status.Succeeded), Is.EqualTo(("WARNINGS: 1", true)));
        var log = await Client.GetTaskLogAsync(status.Upid);
        Assert.That(log.Lines.Select(l => l.Text), Is.EqualTo(new[] { "WARN: guest agent did not answer", "TASK WARNINGS: 1" }));
    }

    [Test]
    public async Task Progress_reports_each_log_line_once_and_ends_with_the_stopped_status()
    {
        Pve.Storage("local").AddVolume(SimVolume.Import("local", "noble.qcow2", 1 << 30));
        Simulator.Faults.SlowTasks(TimeSpan.FromMilliseconds(100));
        var reports = new List<TaskProgress>();
        var create = new VmCreateRequest
        {
            VmId = 9000,
            Settings = new Dictionary<string, string> { ["scsi0"] = VmDrive.Import("local-lvm", "local:import/noble.qcow2"), ["ide2"] = VmDrive.CloudInit("local-lvm") },
        };

        var upid = await Client.CreateVmAsync("pve", create);
        await WaitAsync(upid, new InlineProgress<TaskProgress>(reports.Add));

        var full = await Client.GetTaskLogAsync(upid, limit: 0);
        Assert.That(reports.SelectMany(r => r.NewLines), Is.EqualTo(full.Lines));
        Assert.That(reports[0].Status.IsRunning, Is.True);
        Assert.That(reports[^1].Status.IsStopped, Is.True);
        Assert.That(reports.Select(r => r.Elapsed), Is.Ordered);
    }

    [Test]
    public async Task A_task_still_running_at_the_timeout_is_a_timeout_error()
    {
        Simulator.Faults.SlowTasks(TimeSpan.FromSeconds(10), "qmstop");
        var upid = await Client.StopVmAsync("pve", 100);

        var error = Assert.ThrowsAsync<ProxmoxTimeoutException>(() =>
            Client.WaitForTaskAsync(upid, pollInterval: TimeSpan.FromMilliseconds(20), timeout: TimeSpan.FromMilliseconds(100)));

        Assert.That(error!.Message, Does.StartWith("The Proxmox task qmstop 100 on pve was still running after 0.1 s"));
        Assert.That(error.Message, Does.Contain(upid.ToString()));
    }

    [Test]
    public async Task The_log_is_read_in_pages()
    {
        Simulator.Faults.WarnTask("qmstop", "one");
        var upid = await Client.StopVmAsync("pve", 100);
        await WaitAsync(upid);

        var page = await Client.GetTaskLogAsync(upid, start: 1, limit: 1);
        var empty = await Client.GetTaskLogAsync(upid, start: 5);

        Assert.That(page.Lines, Is.EqualTo(new[] { new PveTaskLogLine(2, "TASK WARNINGS: 1") }));
        Assert.That(page.Total, Is.EqualTo(2));
        Assert.That((empty.Lines.Count, empty.Total), Is.EqualTo((0, 2)));
    }

    [Test]
    public async Task An_empty_log_is_empty_not_a_no_content_line()
    {
        Simulator.Faults.SlowTasks(TimeSpan.FromSeconds(5), "qmstop");
        var upid = await Client.StopVmAsync("pve", 100);

        var log = await Client.GetTaskLogAsync(upid);

        Assert.That((log.Lines.Count, log.Total), Is.EqualTo((0, 0)));
    }

    [Test]
    public void A_task_the_node_does_not_have_is_not_found()
    {
        var unknown = Upid.Create("pve", 1, 1, 1, "qmstop", "100", "homelab@pve!homelab");

        var error = Assert.ThrowsAsync<ProxmoxNotFoundException>(() => Client.GetTaskStatusAsync(unknown));

        Assert.That(error!.Message, Does.Contain("no such task"));
    }

    [Test]
    public async Task Status_is_asked_of_the_node_named_in_the_upid()
    {
        var pve2 = State.AddNode("pve2");
        pve2.AddVm(200).Running = true;

        var upid = await Client.StopVmAsync("pve2", 200);
        await WaitAsync(upid);

        Assert.That(upid.Node, Is.EqualTo("pve2"));
        Assert.That(Simulator.Requests.Count("GET", $"/nodes/pve2/tasks/{upid}/status"), Is.GreaterThan(0));
        Assert.That(Simulator.Requests.All.Where(r => r.Path.Contains("/tasks/")).Select(r => r.Path), Is.All.StartsWith("/nodes/pve2/"));
    }

    [Test]
    public async Task Another_tokens_tasks_need_sys_audit_on_the_node()
    {
        var upid = await Client.StopVmAsync("pve", 100);
        await WaitAsync(upid);
        var other = State.AddToken("ci@pve!ro").Grant("/vms", "VM.Audit");
        using var client = TestClients.Create(TestClients.Options(Simulator) with { TokenId = other.Id, TokenSecret = other.Secret });

        var denied = Assert.ThrowsAsync<ProxmoxPermissionException>(() => client.GetTaskStatusAsync(upid));
        other.Grant("/nodes/pve", "Sys.Audit");
        var allowed = await client.GetTaskStatusAsync(upid);

        Assert.That(denied!.Privilege, Is.EqualTo("Sys.Audit"));
        Assert.That(allowed.ExitStatus, Is.EqualTo("OK"));
    }
}
