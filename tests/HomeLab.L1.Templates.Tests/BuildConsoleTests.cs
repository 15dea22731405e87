using HomeLab.L1.Templates.Tests.Support;

namespace HomeLab.L1.Templates.Tests;

/// <summary>How a long Proxmox task shows when the output is redirected: the step, a heartbeat line while it runs, the end.</summary>
public class BuildConsoleTests : LabTest
{
    [Test]
    public async Task A_slow_task_gets_heartbeat_lines_with_its_status_then_its_result()
    {
        Pve.AddVm(100, "web-01").Running = true;
        Simulator.Faults.SlowTasks(TimeSpan.FromMilliseconds(700), "qmstop");
        var console = new BuildConsole(Output.Console, text => text.Replace("web", "***", StringComparison.Ordinal), heartbeat: TimeSpan.FromMilliseconds(150));
        var upid = await Client.StopVmAsync("pve", 100);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var status = await console.WaitForTaskAsync(Client, upid, "stop VM 100 (web-01)", TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.That(status.Succeeded, Is.True);
        var lines = Output.Lines;
        Assert.That(lines[0], Is.EqualTo($"  - stop VM 100 (***-01) (task {upid.Description})"), "the redactor applies to every line");
        var heartbeats = lines.Where(line => line.StartsWith("  - stop VM 100 (***-01): running for ", StringComparison.Ordinal)).ToList();
        var mostHeartbeats = (int)(watch.Elapsed / TimeSpan.FromMilliseconds(150));
        Assert.That(heartbeats, Has.Count.InRange(1, mostHeartbeats), "one line per heartbeat, not one per poll");
        Assert.That(lines[^1], Does.StartWith("  ok stop VM 100 (***-01): OK after "));
    }

    [Test]
    public async Task A_quick_task_gets_no_heartbeat()
    {
        Pve.AddVm(100, "web-01");
        var console = new BuildConsole(Output.Console, text => text);
        var upid = await Client.StopVmAsync("pve", 100);

        await console.WaitForTaskAsync(Client, upid, "stop VM 100", TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.That(Output.Lines, Has.Count.EqualTo(2));
    }
}
