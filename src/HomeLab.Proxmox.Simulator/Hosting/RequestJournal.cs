namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// One request the simulator saw. <see cref="Path"/> is relative to /api2/json; <see cref="StatusCode"/> is 0 when dropped;
/// <see cref="Received"/> and <see cref="Answered"/> say when it arrived and when its answer was ready (UTC).
/// </summary>
public sealed record SimulatorRequest(
    string Method, string Path, int StatusCode, string? TokenId, bool Dropped, DateTimeOffset Received = default, DateTimeOffset Answered = default);

/// <summary>Every request the simulator answered (or dropped), in order; lets tests count retries.</summary>
public sealed class RequestJournal
{
    private readonly object _sync = new();
    private readonly List<SimulatorRequest> _requests = [];

    public IReadOnlyList<SimulatorRequest> All
    {
        get
        {
            lock (_sync)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>How many requests had exactly this method and path (e.g. "GET", "/version").</summary>
    public int Count(string method, string path) =>
        All.Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path == path);

    public void Clear()
    {
        lock (_sync)
        {
            _requests.Clear();
        }
    }

    internal void Add(SimulatorRequest request)
    {
        lock (_sync)
        {
            _requests.Add(request);
        }
    }
}
