using System.Runtime.InteropServices;
using Cake.Core.Diagnostics;

namespace Cake.Frosting;

/// <summary>
/// Hands the run's record to the report writers exactly once: when the run ends, or when SIGINT (Ctrl+C) or SIGTERM
/// arrives first. The signal then takes its usual course and ends the process.
/// </summary>
internal sealed class RunReporting : IDisposable
{
    private readonly object _gate = new();
    private readonly RunRecorder _recorder;
    private readonly IReadOnlyList<IRunReportWriter> _writers;
    private readonly ICakeLog _log;
    private readonly IReadOnlyList<string> _targets;
    private readonly IReadOnlyList<string> _arguments;
    private readonly List<PosixSignalRegistration> _signals = [];
    private bool _written;

    public RunReporting(RunRecorder recorder, IEnumerable<IRunReportWriter> writers, ICakeLog log, IReadOnlyList<string> targets, IReadOnlyList<string> arguments)
    {
        _recorder = recorder;
        _writers = writers.ToList();
        _log = log;
        _targets = targets;
        _arguments = arguments;
        if (_writers.Count > 0)
        {
            _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
            _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        }
    }

    public void Write(int exitCode, string? error) => WriteOnce(exitCode, error, interruption: null);

    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }
    }

    // Cancel stays false: after the report is written the signal ends the process as it would have without one.
    private void OnSignal(PosixSignalContext context)
    {
        var (name, number) = context.Signal == PosixSignal.SIGINT ? ("SIGINT", 2) : ("SIGTERM", 15);
        _log.Error("Interrupted by {0}; writing the run report.", name);
        WriteOnce(128 + number, $"interrupted by {name}", name);
    }

    private void WriteOnce(int exitCode, string? error, string? interruption)
    {
        lock (_gate)
        {
            if (_written)
            {
                return;
            }

            _written = true;
            var record = _recorder.Complete(_targets, _arguments, exitCode, error, interruption);
            foreach (var writer in _writers)
            {
                try
                {
                    writer.Write(record);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The run's outcome stands; a report that cannot be written is a warning, not a second failure.
                    _log.Warning("The run report could not be written: {0}", exception.Message);
                }
            }
        }
    }
}
