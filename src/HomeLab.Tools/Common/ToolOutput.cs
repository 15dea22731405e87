using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace HomeLab.Tools;

/// <summary>
/// Receives a tool's redirected output line by line: masks secrets, writes each line to the Cake log and/or the
/// caller's sink, and keeps the last lines for the error message; standard output is also kept, or captured raw
/// instead, as <see cref="ToolStandardOutput"/> says. Its handlers return null, which keeps the raw line out of Cake's
/// buffer: Cake echoes that buffer to the log, unredacted, whenever it is read back with GetStandardOutput().
/// </summary>
internal class ToolOutput
{
    /// <summary>How many of the last lines are kept for the error message.</summary>
    public const int KeptLines = 200;

    private readonly ICakeLog? _log;
    private readonly Verbosity _verbosity;
    private readonly Func<string, string> _redact;
    private readonly Action<string>? _lineReceived;
    private readonly ToolStandardOutput _standardOutputUse;
    private readonly LogLevel _standardErrorLevel;
    private readonly Queue<string> _lines = new();
    private readonly List<string> _standardOutput = [];
    private readonly object _gate = new();

    /// <param name="log">Where lines go; <c>null</c> to keep them out of the log.</param>
    /// <param name="verbosity">How verbose the log must be for the lines to show.</param>
    /// <param name="redact">Masks the secrets in a line.</param>
    /// <param name="lineReceived">Also gets each line, masked; <c>null</c> for no sink.</param>
    /// <param name="standardOutput">What else to do with standard output besides streaming it.</param>
    /// <param name="standardErrorLevel">
    /// The level standard error is logged at: a warning, unless the tool writes its progress there.
    /// </param>
    public ToolOutput(
        ICakeLog? log,
        Verbosity verbosity,
        Func<string, string> redact,
        Action<string>? lineReceived,
        ToolStandardOutput standardOutput = ToolStandardOutput.Stream,
        LogLevel standardErrorLevel = LogLevel.Warning)
    {
        _log = log;
        _verbosity = verbosity;
        _redact = redact;
        _lineReceived = lineReceived;
        _standardOutputUse = standardOutput;
        _standardErrorLevel = standardErrorLevel;
    }

    /// <summary>An output that goes where <paramref name="settings"/> say: the log only when they log output.</summary>
    public ToolOutput(
        IToolOutputSettings settings,
        ICakeLog log,
        Func<string, string> redact,
        ToolStandardOutput standardOutput,
        LogLevel standardErrorLevel = LogLevel.Warning)
        : this(settings.LogOutput ? log : null, settings.OutputVerbosity, redact, settings.OutputLineReceived, standardOutput, standardErrorLevel)
    {
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
    /// Standard output as kept by <see cref="ToolStandardOutput.Keep"/> (masked) or
    /// <see cref="ToolStandardOutput.Capture"/> (raw, for parsing only: it may hold sensitive values); empty otherwise.
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

    /// <summary><see cref="StandardOutput"/> as one text, lines joined with <c>\n</c>, e.g. JSON to parse.</summary>
    public string StandardOutputText => string.Join('\n', StandardOutput);

    /// <summary>Masks the secrets this output masks in <paramref name="text"/>, e.g. for an error message.</summary>
    public string Redact(string text) => _redact(text);

    /// <summary>Process settings that redirect both streams to this output.</summary>
    public ProcessSettings RedirectingProcessSettings() => new()
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        RedirectedStandardOutputHandler = OnStandardOutput,
        RedirectedStandardErrorHandler = OnStandardError,
    };

    /// <summary>Handles a line of standard output; returns null so that Cake keeps no copy.</summary>
    public string? OnStandardOutput(string? line)
    {
        if (line is not null && _standardOutputUse == ToolStandardOutput.Capture)
        {
            lock (_gate)
            {
                _standardOutput.Add(line);
            }

            return null;
        }

        return Receive(line, LogLevel.Information, standardOutput: true);
    }

    /// <summary>Handles a line of standard error; returns null so that Cake keeps no copy.</summary>
    public string? OnStandardError(string? line) => Receive(line, _standardErrorLevel, standardOutput: false);

    /// <summary>A line of the wrapper's own (e.g. a diagnostic read from JSON), handled like one the tool printed.</summary>
    public void Report(string line, LogLevel level) => Receive(line, level, standardOutput: false);

    /// <summary>Sees each streamed line of standard output, masked and in order, e.g. to read a summary from it.</summary>
    /// <remarks>Called under the lock that orders the lines; it must not call back into this output.</remarks>
    protected virtual void OnStandardOutputLine(string line)
    {
    }

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
                if (_standardOutputUse == ToolStandardOutput.Keep)
                {
                    _standardOutput.Add(safe);
                }

                OnStandardOutputLine(safe);
            }

            // Written under the lock so that stdout and stderr lines reach the log and the sink whole and in arrival order.
            _log?.Write(_verbosity, level, "{0}", safe);
            _lineReceived?.Invoke(safe);
        }

        return null;
    }
}
