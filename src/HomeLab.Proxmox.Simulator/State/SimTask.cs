namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// A worker task (qmcreate, qmtemplate, imgcopy, download …): its UPID, status and log. It runs in the background
/// after the API call that started it has answered; <see cref="Completion"/> lets a test wait for it.
/// </summary>
public sealed class SimTask
{
    private readonly object _sync = new();
    private readonly List<string> _log = [];
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _exitStatus;

    internal SimTask(string node, int pid, long pstart, long startTime, string type, string id, SimToken owner)
    {
        Node = node;
        Pid = pid;
        PStart = pstart;
        StartTime = startTime;
        Type = type;
        Id = id;
        Owner = owner;
        Upid = $"UPID:{node}:{pid:X8}:{pstart:X8}:{startTime:X8}:{type}:{id}:{owner.Id}:";
    }

    public string Upid { get; }

    public string Node { get; }

    public int Pid { get; }

    public long PStart { get; }

    public long StartTime { get; }

    public string Type { get; }

    public string Id { get; }

    /// <summary>The token that started the task (the UPID's user field is its full id).</summary>
    public SimToken Owner { get; }

    public bool IsRunning => ExitStatus is null;

    /// <summary>Null while running; then "OK", "WARNINGS: n" or the error text.</summary>
    public string? ExitStatus
    {
        get
        {
            lock (_sync)
            {
                return _exitStatus;
            }
        }
    }

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_sync)
            {
                return _log.ToArray();
            }
        }
    }

    /// <summary>Completes when the task has stopped, whatever its exit status.</summary>
    public Task Completion => _completion.Task;

    internal void Append(string line)
    {
        lock (_sync)
        {
            _log.Add(line);
        }
    }

    /// <summary>Writes the closing log line and the exit status together, so a reader never sees one without the other.</summary>
    internal void Stop(string lastLine, string status)
    {
        lock (_sync)
        {
            _log.Add(lastLine);
            _exitStatus = status;
        }

        _completion.TrySetResult();
    }
}
