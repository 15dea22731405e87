using Microsoft.AspNetCore.WebUtilities;

namespace HomeLab.Proxmox.Simulator.Faults;

/// <summary>
/// Misbehaviour on demand, per path prefix relative to /api2/json ("/nodes/pve/storage" also matches
/// "/nodes/pve/storage/local/status"; "/" matches everything). Counted faults are used up in the order they were
/// added; latency is added before anything else, including authentication. Task faults apply to the worker tasks
/// that POST/DELETE calls start: <see cref="FailTask"/>, <see cref="WarnTask"/>, <see cref="SlowTasks"/>.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>Pass as a count to keep a fault for every request until <see cref="Clear"/>.</summary>
    public const int Forever = int.MaxValue;

    /// <summary>What a truncated answer looks like: valid JSON start, no end.</summary>
    public const string MalformedBody = "{\"data\": [";

    private readonly object _sync = new();
    private readonly List<(string Prefix, TimeSpan Latency)> _latencies = [];
    private readonly List<Fault> _faults = [];
    private readonly List<TaskFault> _taskFaults = [];
    private readonly List<(string? Type, TimeSpan Delay)> _taskDelays = [];
    private long _globalLatencyTicks;

    /// <summary>Added to every request (e.g. 100 ms to benchmark against a distant server).</summary>
    public TimeSpan GlobalLatency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _globalLatencyTicks));
        set => Interlocked.Exchange(ref _globalLatencyTicks, value.Ticks);
    }

    /// <summary>Delays every request under <paramref name="pathPrefix"/> by <paramref name="latency"/>.</summary>
    public void AddLatency(string pathPrefix, TimeSpan latency)
    {
        lock (_sync)
        {
            _latencies.Add((Normalise(pathPrefix), latency));
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests with <paramref name="statusCode"/> and a Proxmox error whose
    /// reason phrase (and, from PVE 8.3.3, body message) is <paramref name="message"/>, or the standard reason phrase.
    /// </summary>
    public void FailNext(string pathPrefix, int statusCode, int count = 1, string? message = null)
    {
        var text = message ?? ReasonPhrases.GetReasonPhrase(statusCode);
        Add(new Fault(Normalise(pathPrefix), count, statusCode, reasonPhrase: text, errorMessage: text));
    }

    /// <summary>Answers the next <paramref name="count"/> requests with exactly this status, body and reason phrase.</summary>
    public void RespondNext(string pathPrefix, int statusCode, string body, int count = 1, string? reasonPhrase = null) =>
        Add(new Fault(Normalise(pathPrefix), count, statusCode, body, reasonPhrase));

    /// <summary>Aborts the connection of the next <paramref name="count"/> requests without an answer.</summary>
    public void DropNext(string pathPrefix, int count = 1) => Add(new Fault(Normalise(pathPrefix), count));

    /// <summary>Answers the next <paramref name="count"/> requests 200 with <see cref="MalformedBody"/>.</summary>
    public void MalformNext(string pathPrefix, int count = 1) =>
        Add(new Fault(Normalise(pathPrefix), count, 200, MalformedBody));

    /// <summary>
    /// The next <paramref name="count"/> tasks whose type ("qmcreate", "download") or id ("9000") is
    /// <paramref name="typeOrId"/> fail with <paramref name="message"/> instead of doing their work.
    /// </summary>
    public void FailTask(string typeOrId, string message, int count = 1) => AddTaskFault(new TaskFault(typeOrId, message, count, isWarning: false));

    /// <summary>The next <paramref name="count"/> matching tasks log "WARN: <paramref name="warning"/>", do their work and end with WARNINGS: 1.</summary>
    public void WarnTask(string typeOrId, string warning, int count = 1) => AddTaskFault(new TaskFault(typeOrId, warning, count, isWarning: true));

    /// <summary>Every task (or every task of <paramref name="type"/>) stays running for <paramref name="delay"/> before it works.</summary>
    public void SlowTasks(TimeSpan delay, string? type = null)
    {
        lock (_sync)
        {
            _taskDelays.Add((type, delay));
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _latencies.Clear();
            _faults.Clear();
            _taskFaults.Clear();
            _taskDelays.Clear();
        }

        GlobalLatency = TimeSpan.Zero;
    }

    internal TimeSpan LatencyFor(string path)
    {
        var total = GlobalLatency;
        lock (_sync)
        {
            foreach (var (prefix, latency) in _latencies)
            {
                if (Matches(prefix, path))
                {
                    total += latency;
                }
            }
        }

        return total;
    }

    /// <summary>The first fault that applies to <paramref name="path"/> and still has a use left, consuming it.</summary>
    internal Fault? Take(string path)
    {
        lock (_sync)
        {
            foreach (var fault in _faults)
            {
                if (Matches(fault.PathPrefix, path) && fault.TryTake())
                {
                    return fault;
                }
            }

            _faults.RemoveAll(f => f.IsSpent);
            return null;
        }
    }

    internal TimeSpan TaskDelayFor(string type)
    {
        lock (_sync)
        {
            return _taskDelays.Where(d => d.Type is null || d.Type == type).Aggregate(TimeSpan.Zero, (total, d) => total + d.Delay);
        }
    }

    /// <summary>The first task fault that applies, consuming one use of it.</summary>
    internal TaskFault? TakeTaskFault(string type, string id)
    {
        lock (_sync)
        {
            var fault = _taskFaults.FirstOrDefault(f => f.Applies(type, id) && f.TryTake());
            _taskFaults.RemoveAll(f => f.IsSpent);
            return fault;
        }
    }

    private void AddTaskFault(TaskFault fault)
    {
        lock (_sync)
        {
            _taskFaults.Add(fault);
        }
    }

    private void Add(Fault fault)
    {
        if (fault.IsSpent)
        {
            return;
        }

        lock (_sync)
        {
            _faults.Add(fault);
        }
    }

    private static bool Matches(string prefix, string path) =>
        prefix == "/"
        || path == prefix
        || (path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path[prefix.Length] == '/');

    private static string Normalise(string prefix) => "/" + prefix.Trim().Trim('/');
}
