using Cake.Core.Diagnostics;
using HomeLab.Tools.Ansible.Recap;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Receives ansible's redirected output line by line: masks secrets, writes each line unchanged otherwise to the Cake
/// log and/or the caller's sink, keeps the last lines for the error message and the recap's lines for parsing. When
/// asked, standard output is also kept whole (masked) for the caller, or captured raw and not logged, for JSON
/// parsing. Its handlers return null, which keeps the raw line out of Cake's buffer: Cake echoes that buffer to the
/// log, unredacted, whenever it is read back with GetStandardOutput().
/// </summary>
internal sealed class AnsibleProcessOutput
{
    private const int KeptLines = 200;

    private readonly ICakeLog? _log;
    private readonly Verbosity _verbosity;
    private readonly Func<string, string> _redact;
    private readonly Action<string>? _lineReceived;
    private readonly AnsibleStandardOutput _standardOutput;
    private readonly Queue<string> _lines = new();
    private readonly List<string> _kept = [];
    private readonly List<string> _recap = [];
    private readonly object _gate = new();
    private bool _inRecap;

    /// <param name="log">Where lines go; <c>null</c> to keep them out of the log.</param>
    /// <param name="standardOutput">What else to do with standard output besides streaming it.</param>
    public AnsibleProcessOutput(
        ICakeLog? log, Verbosity verbosity, Func<string, string> redact, Action<string>? lineReceived, AnsibleStandardOutput standardOutput)
    {
        _log = log;
        _verbosity = verbosity;
        _redact = redact;
        _lineReceived = lineReceived;
        _standardOutput = standardOutput;
    }

    /// <summary>The last lines received (masked), oldest first; captured standard output is not among them.</summary>
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
    /// Standard output as kept by <see cref="AnsibleStandardOutput.Keep"/> (masked) or
    /// <see cref="AnsibleStandardOutput.Capture"/> (raw, for parsing only: it may hold sensitive values).
    /// </summary>
    public IReadOnlyList<string> StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _kept.ToArray();
            }
        }
    }

    /// <summary>The recap read from the lines after the PLAY RECAP header.</summary>
    public AnsibleRecap Recap
    {
        get
        {
            lock (_gate)
            {
                return AnsibleRecapText.Parse(_recap);
            }
        }
    }

    /// <summary>Masks the secrets this output masks in <paramref name="text"/>, e.g. for an error message.</summary>
    public string Redact(string text) => _redact(text);

    public string? OnStandardOutput(string? line)
    {
        if (line is not null && _standardOutput == AnsibleStandardOutput.Capture)
        {
            lock (_gate)
            {
                _kept.Add(line);
            }

            return null;
        }

        return Receive(line, LogLevel.Information, standardOutput: true);
    }

    public string? OnStandardError(string? line) => Receive(line, LogLevel.Warning, standardOutput: false);

    /// <summary>A line of the wrapper's own (e.g. the extra vars it passes), handled like one ansible printed.</summary>
    public void Report(string line) => Receive(line, LogLevel.Information, standardOutput: false);

    private string? Receive(string? line, LogLevel level, bool standardOutput)
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

            if (standardOutput)
            {
                KeepStandardOutput(safe);
            }

            // Written under the lock so that stdout and stderr lines reach the log whole and in arrival order.
            _log?.Write(_verbosity, level, "{0}", safe);
            _lineReceived?.Invoke(safe);
        }

        return null;
    }

    private void KeepStandardOutput(string safe)
    {
        if (_standardOutput == AnsibleStandardOutput.Keep)
        {
            _kept.Add(safe);
        }

        if (AnsibleRecapText.IsHeader(AnsibleOutputText.StripAnsi(safe)))
        {
            _inRecap = true;
            _recap.Clear();
        }

        if (_inRecap)
        {
            _recap.Add(safe);
        }
    }
}
