using Cake.Core.Diagnostics;

namespace HomeLab.Tools;

/// <summary>Settings that say where a tool's output lines go: the Cake log, a caller's sink, or both.</summary>
internal interface IToolOutputSettings
{
    /// <summary>How verbose the log must be for the tool's output lines to show.</summary>
    Verbosity OutputVerbosity { get; }

    /// <summary>Whether the output lines are written to the Cake log; the last lines are kept for the error message either way.</summary>
    bool LogOutput { get; }

    /// <summary>Called with each output line, already masked, whether or not it is logged.</summary>
    Action<string>? OutputLineReceived { get; }
}
