using System.Diagnostics;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests.Tests;

public class LabLockTests
{
    private TempLab _lab = null!;

    private string LockFile => Path.Combine(_lab.Root, ".homelab.lock");

    [SetUp]
    public void SetUp() => _lab = new TempLab();

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_lock_file_names_its_holder()
    {
        using var labLock = LabLock.Acquire(_lab.Root, "L1 Templates");

        var json = JsonNode.Parse(File.ReadAllText(LockFile))!;
        Assert.Multiple(() =>
        {
            Assert.That(json["pid"]!.GetValue<int>(), Is.EqualTo(Environment.ProcessId));
            Assert.That(json["host"]!.GetValue<string>(), Is.EqualTo(Environment.MachineName));
            Assert.That(json["since"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
            Assert.That(json["purpose"]!.GetValue<string>(), Is.EqualTo("L1 Templates"));
            Assert.That(labLock.Holder.Pid, Is.EqualTo(Environment.ProcessId));
            Assert.That(labLock.TookOverFrom, Is.Null);
            Assert.That(labLock.Note, Is.Null);
            Assert.That(LabLock.ReadHolder(_lab.Root), Is.EqualTo(labLock.Holder));
        });
    }

    [Test]
    public void A_second_acquirer_fails_naming_the_holder()
    {
        using var first = LabLock.Acquire(_lab.Root, "L1 Templates");

        var error = Assert.Throws<LabLockedException>(() => LabLock.Acquire(_lab.Root, "Promote"))!;

        var since = first.Holder.Since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        Assert.That(error.Message, Is.EqualTo(
            $"The lab is locked by pid {Environment.ProcessId} on host {Environment.MachineName} since {since} (L1 Templates). " +
            "Wait for it to finish, or remove .homelab.lock if that process is gone."));
        Assert.That(error.Holder, Is.EqualTo(first.Holder));
    }

    [Test]
    public void Releasing_lets_the_next_run_in()
    {
        LabLock.Acquire(_lab.Root, "L1 Templates").Dispose();

        Assert.That(File.Exists(LockFile), Is.False);
        using var second = LabLock.Acquire(_lab.Root, "Promote");
        Assert.That(second.Holder.Purpose, Is.EqualTo("Promote"));
    }

    [Test]
    public void Releasing_leaves_a_lock_that_is_no_longer_its_own()
    {
        var mine = LabLock.Acquire(_lab.Root, "L1 Templates");
        File.Delete(LockFile);
        using var other = LabLock.Acquire(_lab.Root, "Promote");

        mine.Dispose();

        Assert.That(LabLock.ReadHolder(_lab.Root)!.Purpose, Is.EqualTo("Promote"));
    }

    [Test]
    public void A_lock_held_by_another_process_is_respected_until_that_process_is_gone()
    {
        using var holder = WriterProcess.Start("locked", "hold-lock", _lab.Root, "L1 Templates");

        var error = Assert.Throws<LabLockedException>(() => LabLock.Acquire(_lab.Root, "Promote"))!;
        Assert.That(error.Holder!.Pid, Is.EqualTo(holder.Id));
        Assert.That(error.Message, Does.StartWith($"The lab is locked by pid {holder.Id} on host {Environment.MachineName} since "));

        holder.Kill();
        Assert.That(File.Exists(LockFile), Is.True, "a killed holder leaves its lock behind");

        using var taken = LabLock.Acquire(_lab.Root, "Promote");
        Assert.That(taken.TookOverFrom!.Pid, Is.EqualTo(holder.Id));
        Assert.That(taken.Note, Does.StartWith($"Took over a stale lab lock: pid {holder.Id} on host {Environment.MachineName} since "));
        Assert.That(taken.Note, Does.EndWith("(L1 Templates) is no longer running."));
        Assert.That(LabLock.ReadHolder(_lab.Root), Is.EqualTo(taken.Holder));
    }

    [Test]
    public void Releasing_an_old_lock_of_the_same_process_and_purpose_leaves_the_new_one()
    {
        var old = LabLock.Acquire(_lab.Root, "L1 Templates");
        File.Delete(LockFile);
        using var current = LabLock.Acquire(_lab.Root, "L1 Templates");

        old.Dispose();

        Assert.That(File.Exists(LockFile), Is.True);
        Assert.That(LabLock.ReadHolder(_lab.Root), Is.EqualTo(current.Holder));
    }

    [Test]
    public void A_holder_that_finishes_releases_the_lock()
    {
        var holder = WriterProcess.Start("locked", "hold-lock", _lab.Root, "L1 Templates");
        holder.Finish();
        holder.Dispose();

        Assert.That(File.Exists(LockFile), Is.False);
    }

    [Test]
    public void A_stale_lock_whose_pid_is_dead_is_taken_over()
    {
        var deadPid = DeadPid();
        WriteLock(deadPid, Environment.MachineName, "2026-11-26T12:00:00Z");

        using var labLock = LabLock.Acquire(_lab.Root, "L1 Templates");

        Assert.That(labLock.TookOverFrom, Is.EqualTo(new LockHolder(deadPid, Environment.MachineName, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), "L1 Templates")));
        Assert.That(labLock.Note, Is.EqualTo(
            $"Took over a stale lab lock: pid {deadPid} on host {Environment.MachineName} since 2026-11-26T12:00:00Z (L1 Templates) is no longer running."));
        Assert.That(LabLock.ReadHolder(_lab.Root)!.Pid, Is.EqualTo(Environment.ProcessId));
    }

    [Test]
    public void A_pid_reused_by_a_process_started_after_the_lock_counts_as_dead()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            WriteLock(sleeper.Id, Environment.MachineName, "2020-01-01T00:00:00Z");

            using var labLock = LabLock.Acquire(_lab.Root, "L1 Templates");

            Assert.That(labLock.TookOverFrom!.Pid, Is.EqualTo(sleeper.Id));
        }
        finally
        {
            sleeper.Kill();
            sleeper.WaitForExit();
        }
    }

    [Test]
    public void A_lock_from_another_host_is_never_taken_over()
    {
        WriteLock(DeadPid(), "other-host", "2026-11-26T12:00:00Z");

        var error = Assert.Throws<LabLockedException>(() => LabLock.Acquire(_lab.Root, "L1 Templates"))!;

        Assert.That(error.Message, Does.Contain(" on host other-host since 2026-11-26T12:00:00Z (L1 Templates)."));
    }

    [Test]
    public void An_unreadable_lock_is_respected_while_young_and_taken_over_once_old()
    {
        File.WriteAllText(LockFile, "{\"pid\": ");

        var error = Assert.Throws<LabLockedException>(() => LabLock.Acquire(_lab.Root, "L1 Templates"))!;
        Assert.That(error.Message, Is.EqualTo(
            "The lab is locked: .homelab.lock exists but cannot be read yet. Wait for the run holding it to finish, or remove .homelab.lock if no run is going."));

        File.SetLastWriteTimeUtc(LockFile, DateTime.UtcNow.AddMinutes(-5));
        using var labLock = LabLock.Acquire(_lab.Root, "L1 Templates");
        Assert.That(LabLock.ReadHolder(_lab.Root)!.Pid, Is.EqualTo(Environment.ProcessId));
    }

    [Test]
    public void Of_concurrent_acquirers_exactly_one_wins([Values] bool overStaleLock)
    {
        const int Threads = 8;
        for (var round = 0; round < 10; round++)
        {
            if (overStaleLock)
            {
                WriteLock(DeadPid(), Environment.MachineName, "2026-11-26T12:00:00Z");
            }

            using var start = new Barrier(Threads);
            var outcomes = new object?[Threads];
            var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    outcomes[i] = LabLock.Acquire(_lab.Root, $"run {i}");
                }
                catch (Exception exception)
                {
                    outcomes[i] = exception;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            var winners = outcomes.OfType<LabLock>().ToList();
            Assert.That(winners, Has.Count.EqualTo(1), $"round {round}: {string.Join("; ", outcomes.OfType<Exception>().Select(e => e.Message))}");
            Assert.That(outcomes.Where(o => o is not LabLock), Is.All.InstanceOf<LabLockedException>());
            Assert.That(LabLock.ReadHolder(_lab.Root), Is.EqualTo(winners[0].Holder));
            winners[0].Dispose();
            Assert.That(File.Exists(LockFile), Is.False);
        }
    }

    [Test]
    public void A_missing_lab_root_is_reported()
    {
        var missing = Path.Combine(_lab.Root, "nope");

        var error = Assert.Throws<ManifestException>(() => LabLock.Acquire(missing, "L1 Templates"))!;

        Assert.That(error.Message, Is.EqualTo($"{missing}: the lab root does not exist; pass an existing folder as --lab."));
    }

    private void WriteLock(int pid, string host, string since) =>
        File.WriteAllText(LockFile, new JsonObject { ["pid"] = pid, ["host"] = host, ["since"] = since, ["purpose"] = "L1 Templates" }.ToJsonString());

    /// <summary>The pid of a process that has run and exited (and been reaped).</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
