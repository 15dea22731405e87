using Cake.Core.Diagnostics;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Receives terraform's redirected output line by line: masks secrets, writes each line to the Cake log and/or the
/// caller's sink, and keeps the last lines for the error message. When asked, standard output is captured whole
/// instead, for JSON parsing. Its handlers return null, which keeps the raw line out of Cake's buffer: Cake echoes
/// that buffer to the log, unredacted, whenever it is read back with GetStandardOutput().
/// </summary>
internal sealed class TerraformProcessOutput
{
    private const int KeptLines = 200;

    private readonly ICakeLog? _log;
    private readonly Verbosity _verbosity;
    private readonly Func<string, string> _redact;
    private readonly Action<string>? _lineReceived;
    private readonly bool _captureStandardOutput;
    private readonly Queue<string> _lines = new();
    private readonly List<string> _captured = [];
    private readonly object _gate = new();

    /// <param name="log">Where lines go; <c>null</c> to keep them out of the log.</param>
    /// <param name="captureStandardOutput">Keep standard output, raw, for parsing instead of logging it.</param>
    public TerraformProcessOutput(
        ICakeLog? log, Verbosity verbosity, Func<string, string> redact, Action<string>? lineReceived, bool captureStandardOutput)
    {
        _log = log;
        _verbosity = verbosity;
        _redact = redact;
        _lineReceived = lineReceived;
        _captureStandardOutput = captureStandardOutput;
    }

    /// <summary>The last lines received (redacted), oldest first; captured standard output is not among them.</summary>
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

    /// <summary>The captured standard output, unredacted, for parsing only: it may hold sensitive values.</summary>
    public string CapturedStandardOutput
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _captured);
            }
        }
    }

    /// <summary>Masks the secrets this output masks in <paramref name="text"/>, e.g. for an error message.</summary>
    public string Redact(string text) => _redact(text);

    public string? OnStandardOutput(string? line)
    {
        if (line is not null && _captureStandardOutput)
        {
            lock (_gate)
            {
                _captured.Add(line);
            }

            return null;
        }

        return Receive(line, LogLevel.Information);
    }

    public string? OnStandardError(string? line) => Receive(line, LogLevel.Warning);

    /// <summary>A line of the wrapper's own (e.g. a diagnostic read from JSON), handled like one terraform printed.</summary>
    public void Report(string line, LogLevel level) => Receive(line, level);

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
            _lineReceived?.Invoke(safe);
        }

        return null;
    }
}
