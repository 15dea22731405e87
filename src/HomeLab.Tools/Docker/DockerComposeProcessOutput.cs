using Cake.Core.Diagnostics;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Receives Compose's redirected output line by line: masks secrets, writes each line to the Cake log and/or the
/// caller's sink, keeps the last lines for the error message, and keeps standard output either redacted (for
/// <c>logs</c>) or raw (for parsing, never logged). Compose writes its progress to standard error, so both streams
/// are logged at the same level. Handlers return null so that Cake keeps no unredacted copy.
/// </summary>
internal sealed class DockerComposeProcessOutput
{
    private const int KeptLines = 200;

    private readonly ICakeLog? _log;
    private readonly Verbosity _verbosity;
    private readonly Func<string, string> _redact;
    private readonly Action<string>? _lineReceived;
    private readonly bool _parseStandardOutput;
    private readonly Queue<string> _lines = new();
    private readonly List<string> _standardOutput = [];
    private readonly object _gate = new();

    /// <param name="log">Where lines go; <c>null</c> to keep them out of the log.</param>
    /// <param name="parseStandardOutput">Keep standard output raw, for parsing, instead of logging it.</param>
    public DockerComposeProcessOutput(
        ICakeLog? log, Verbosity verbosity, Func<string, string> redact, Action<string>? lineReceived, bool parseStandardOutput)
    {
        _log = log;
        _verbosity = verbosity;
        _redact = redact;
        _lineReceived = lineReceived;
        _parseStandardOutput = parseStandardOutput;
    }

    /// <summary>The last lines received (redacted), oldest first; standard output kept for parsing is not among them.</summary>
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

    /// <summary>
    /// Standard output, in order: raw when it is kept for parsing (it may hold sensitive values: parse it, never
    /// show it), else redacted as logged.
    /// </summary>
    public IReadOnlyList<string> StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _standardOutput.ToArray();
            }
        }
    }

    /// <summary>Masks the secrets this output masks in <paramref name="text"/>.</summary>
    public string Redact(string text) => _redact(text);

    public string? OnStandardOutput(string? line)
    {
        if (line is null)
        {
            return null;
        }

        if (_parseStandardOutput)
        {
            lock (_gate)
            {
                _standardOutput.Add(line);
            }

            return null;
        }

        var safe = Receive(line);
        lock (_gate)
        {
            _standardOutput.Add(safe);
        }

        return null;
    }

    public string? OnStandardError(string? line)
    {
        if (line is not null)
        {
            Receive(line);
        }

        return null;
    }

    private string Receive(string line)
    {
        var safe = _redact(line);
        lock (_gate)
        {
            _lines.Enqueue(safe);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }

            // Under the lock so that stdout and stderr lines reach the log whole and in arrival order.
            _log?.Write(_verbosity, LogLevel.Information, "{0}", safe);
            _lineReceived?.Invoke(safe);
        }

        return safe;
    }
}
