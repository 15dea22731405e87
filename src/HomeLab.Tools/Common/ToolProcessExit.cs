using Cake.Core.IO;

namespace HomeLab.Tools;

/// <summary>
/// Waits for a tool's redirected output to be read to its end. A timed wait (Cake's, when settings give a
/// ToolTimeout, and .NET's under it) returns as soon as the process exits, while the last lines of its output may
/// still be on their way to the handlers; the untimed wait returns only after them. Called once the process has
/// exited, it waits for nothing else.
/// </summary>
internal static class ToolProcessExit
{
    /// <summary>Returns once the output has been read to its end.</summary>
    public static void WaitForOutputEnd(this IProcess process) => process.WaitForExit();

    /// <summary>Waits for the output's end, then returns the exit code.</summary>
    public static int ExitCodeOnceOutputEnds(this IProcess process)
    {
        process.WaitForOutputEnd();
        return process.GetExitCode();
    }
}
