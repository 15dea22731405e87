using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace HomeLab.L1.Templates;

/// <summary>
/// Runs an ISO template's <c>build_command</c> with <c>/bin/sh -c</c> in the OS folder, through Cake's process runner.
/// Its output goes to the log line by line, with secrets masked; a non-zero exit is one line quoting its last output.
/// </summary>
internal static class BuildCommand
{
    public const string Shell = "/bin/sh";

    /// <summary>The shell's arguments for <paramref name="command"/>: <c>-c '&lt;command&gt;'</c>.</summary>
    public static ProcessArgumentBuilder ArgumentsFor(string command) => new ProcessArgumentBuilder().Append("-c").Append(ShellArgument.Quote(command));

    public static async Task RunAsync(ICakeContext context, string command, string workingDirectory, Func<string, string> redact, CancellationToken ct)
    {
        string? lastLine = null;
        string? lastError = null;
        var gate = new object();
        string? Receive(string? line, LogLevel level)
        {
            if (line is null)
            {
                return null;
            }

            var safe = redact(line);
            lock (gate)
            {
                if (!string.IsNullOrWhiteSpace(safe))
                {
                    lastLine = safe.Trim();
                    lastError = level == LogLevel.Warning ? lastLine : lastError;
                }

                context.Log.Write(Verbosity.Normal, level, "{0}", safe);
            }

            // Null keeps the raw line out of Cake's own buffer, which it would echo unmasked.
            return null;
        }

        var settings = new ProcessSettings
        {
            Arguments = ArgumentsFor(command),
            WorkingDirectory = new DirectoryPath(workingDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectedStandardOutputHandler = line => Receive(line, LogLevel.Information),
            RedirectedStandardErrorHandler = line => Receive(line, LogLevel.Warning),
        };

        var process = context.ProcessRunner.Start(new FilePath(Shell), settings)
            ?? throw new BuildFailure($"build_command could not be started ({Shell} -c).");
        int exitCode;
        using (ct.Register(process.Kill))
        {
            exitCode = await Task.Run(() =>
            {
                process.WaitForExit();
                return process.GetExitCode();
            }, CancellationToken.None).ConfigureAwait(false);
        }

        ct.ThrowIfCancellationRequested();
        if (exitCode != 0)
        {
            // stdout and stderr arrive on separate threads, so the last error line says more than "the last line".
            string printed;
            lock (gate)
            {
                printed = lastError is not null ? $"its last error line: {lastError}"
                    : lastLine is not null ? $"its last line: {lastLine}"
                    : "it printed nothing";
            }

            throw new BuildFailure($"build_command exited with code {exitCode} ({printed}); the full output is in the log above.");
        }
    }
}
