using Cake.Core.Diagnostics;

namespace HomeLab.Tools.Packer;

/// <summary>
/// Receives packer's redirected output line by line: masks secrets, writes each line to the Cake log and keeps the
/// last lines for the error message. Its handlers return null, which keeps the raw line out of Cake's buffer: Cake
/// echoes that buffer to the log, unredacted, whenever it is read back with GetStandardOutput().
/// </summary>
internal sealed class PackerOutput
{
    private const int KeptLines = 200;

    private readonly ICakeLog? _log;
    private readonly Verbosity _verbosity;
    private readonly Func<string, string> _redact;
    private readonly Action<string>? _lineReceived;
    private readonly Queue<string> _lines = new();
    private readonly object _gate = new();

    /// <param name="log">Where lines go; <c>null</c> to only collect them.</param>
    public PackerOutput(ICakeLog? log, Verbosity verbosity, Func<string, string> redact, Action<string>? lineReceived)
    {
        _log = log;
        _verbosity = verbosity;
        _redact = redact;
        _lineReceived = lineReceived;
    }

    /// <summary>The last lines received (redacted), oldest first.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return _lines.ToArray();
            }
        }
    }

    public string? OnStandardOutput(string? line) => Receive(line, LogLevel.Information);

    public string? OnStandardError(string? line) => Receive(line, LogLevel.Warning);

    private string? Receive(string? line, LogLevel level)
    {
        if (line is null)
        {
            return null;
        }

        var safe = _redact(line);
        lock (_gate)
        {
            _lines.Enqueue(safe);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }

            // Written under the lock so that stdout and stderr lines reach the log whole and in arrival order.
            _log?.Write(_verbosity, level, "{0}", safe);
        }

        _lineReceived?.Invoke(safe);
        return null;
    }
}
