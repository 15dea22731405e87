namespace HomeLab.Tools;

/// <summary>What <see cref="ToolOutput"/> does with a tool's standard output besides what every line gets.</summary>
internal enum ToolStandardOutput
{
    /// <summary>Stream it to the log and the sink, keeping only the last lines.</summary>
    Stream,

    /// <summary>Stream it and also keep every line (masked) for the caller, e.g. a listing or <c>compose logs</c>.</summary>
    Keep,

    /// <summary>Keep it raw for parsing and neither log nor sink it (JSON that may hold sensitive values).</summary>
    Capture,
}
