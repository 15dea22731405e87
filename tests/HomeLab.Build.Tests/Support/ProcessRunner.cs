using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HomeLab.Build.Tests.Support;

/// <summary>Runs a process to the end with its output captured, killing it when it overruns.</summary>
internal static partial class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, WithoutColours(await stdout), WithoutColours(await stderr));
    }

    // Cake colours its error lines even when redirected; the tests read the text.
    private static string WithoutColours(string text) => AnsiColour().Replace(text, "");

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiColour();
}
