namespace HomeLab.Proxmox.Simulator.Faults;

/// <summary>A counted fault for worker tasks whose type ("qmcreate") or id ("9000") equals <see cref="Match"/>.</summary>
internal sealed class TaskFault(string match, string message, int count, bool isWarning)
{
    private int _remaining = count;

    public string Match { get; } = match;

    public string Message { get; } = message;

    /// <summary>True: the task logs a WARN line and ends with WARNINGS; false: it fails with the message.</summary>
    public bool IsWarning { get; } = isWarning;

    public bool IsSpent => _remaining <= 0;

    public bool Applies(string type, string id) => Match == type || Match == id;

    public bool TryTake() => _remaining == FaultInjector.Forever || Interlocked.Decrement(ref _remaining) >= 0;
}
