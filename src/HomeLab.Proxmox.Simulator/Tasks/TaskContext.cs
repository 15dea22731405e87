namespace HomeLab.Proxmox.Simulator.Tasks;

/// <summary>What a running worker sees: its task (for the log) and the simulator's stop signal.</summary>
internal sealed class TaskContext(SimTask task, CancellationToken cancellationToken)
{
    private int _warnings;

    public SimTask Task { get; } = task;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public int Warnings => Volatile.Read(ref _warnings);

    public void Log(string line) => Task.Append(line);

    /// <summary>A "WARN: …" line; the task then ends with TASK WARNINGS: n (which still counts as success).</summary>
    public void Warn(string message)
    {
        Interlocked.Increment(ref _warnings);
        Task.Append("WARN: " + message);
    }

    public static TaskFailure Fail(string message) => new(message);
}
