using System.Collections.Concurrent;
using HomeLab.Proxmox.Simulator.Faults;

namespace HomeLab.Proxmox.Simulator.Tasks;

/// <summary>
/// Starts workers the way fork_worker does: the UPID exists at once, the work runs in the background, and the task
/// stops with TASK OK, TASK WARNINGS: n or TASK ERROR: msg. Injected task faults (delay, warning, failure) apply first.
/// </summary>
internal sealed class TaskRunner(SimulatorState state, FaultInjector faults) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<SimTask, Task> _running = new();
    private readonly long _bootTicks = Random.Shared.Next(0x0010_0000, 0x00F0_0000);
    private int _nextPid = Random.Shared.Next(0x0001_0000, 0x0008_0000);

    /// <param name="work">The worker; a <see cref="TaskFailure"/> (or any exception) fails the task with its message.</param>
    /// <param name="onFailure">Undoes what the call reserved synchronously (e.g. the VMID of a create) when the task fails.</param>
    public SimTask Start(SimNode node, string type, string id, SimToken owner, Func<TaskContext, Task> work, Action? onFailure = null)
    {
        var pid = Interlocked.Increment(ref _nextPid);
        var task = new SimTask(node.Name, pid, _bootTicks + (pid & 0xFFF), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), type, id, owner);
        state.AddTask(task);

        // Registered before it starts, so a worker that finishes at once still unregisters itself.
        var starter = new Task<Task>(() => RunAsync(task, work, onFailure));
        _running[task] = starter.Unwrap();
        starter.Start(TaskScheduler.Default);
        return task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAny(Task.WhenAll(_running.Values), Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync(SimTask task, Func<TaskContext, Task> work, Action? onFailure)
    {
        var context = new TaskContext(task, _stopping.Token);
        try
        {
            var delay = faults.TaskDelayFor(task.Type);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
            }

            switch (faults.TakeTaskFault(task.Type, task.Id))
            {
                case { IsWarning: true } warning:
                    context.Warn(warning.Message);
                    break;
                case { } failure:
                    throw new TaskFailure(failure.Message);
            }

            await work(context).ConfigureAwait(false);
            if (context.Warnings > 0)
            {
                task.Stop($"TASK WARNINGS: {context.Warnings}", $"WARNINGS: {context.Warnings}");
            }
            else
            {
                task.Stop("TASK OK", "OK");
            }
        }
        catch (Exception e)
        {
            var message = e is OperationCanceledException && _stopping.IsCancellationRequested
                ? "interrupted by signal"
                : e.Message.Split('\n', 2)[0].Trim();
            try
            {
                onFailure?.Invoke();
            }
            finally
            {
                task.Stop("TASK ERROR: " + message, message);
            }
        }
        finally
        {
            _running.TryRemove(task, out _);
        }
    }
}
