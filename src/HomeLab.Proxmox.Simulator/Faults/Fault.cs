namespace HomeLab.Proxmox.Simulator.Faults;

/// <summary>
/// One counted fault: drop the connection, answer with a canned status and body, or (with <see cref="ErrorMessage"/>)
/// answer with a Proxmox error as the simulated release writes it.
/// </summary>
internal sealed class Fault(string pathPrefix, int count, int statusCode = 0, string? body = null, string? reasonPhrase = null, string? errorMessage = null)
{
    private int _remaining = count;

    public string PathPrefix { get; } = pathPrefix;

    /// <summary>0 means "abort the connection without answering".</summary>
    public int StatusCode { get; } = statusCode;

    public string? Body { get; } = body;

    public string? ReasonPhrase { get; } = reasonPhrase;

    /// <summary>The text of a Proxmox error (FailNext): the body carries it as "message" only where the release does.</summary>
    public string? ErrorMessage { get; } = errorMessage;

    public bool IsDrop => StatusCode == 0;

    public bool IsSpent => _remaining <= 0;

    /// <summary>Consumes one use; false when none is left.</summary>
    public bool TryTake()
    {
        if (_remaining == FaultInjector.Forever)
        {
            return true;
        }

        return Interlocked.Decrement(ref _remaining) >= 0;
    }
}
