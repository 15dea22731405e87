using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Runs a short docker command whose output is read, not shown (the plugin probe, <c>docker inspect</c>): both
/// streams are kept in memory and nothing reaches the log but Cake's own command line.
/// </summary>
internal static class DockerCliProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="program"/> and waits for it (killing it after <paramref name="timeout"/>, 60 s by default).</summary>
    public static DockerCliResult Run(
        IProcessRunner processRunner,
        FilePath program,
        ProcessArgumentBuilder arguments,
        IDictionary<string, string> environmentVariables,
        DirectoryPath workingDirectory,
        TimeSpan? timeout = null)
    {
        var standardOutput = new List<string>();
        var standardError = new List<string>();
        var gate = new object();
        var settings = new ProcessSettings
        {
            Arguments = arguments,
            WorkingDirectory = workingDirectory,
            EnvironmentVariables = environmentVariables,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectedStandardOutputHandler = line => Keep(line, standardOutput, gate),
            RedirectedStandardErrorHandler = line => Keep(line, standardError, gate),
        };

        using var process = processRunner.Start(program, settings);
        var limit = (int)(timeout ?? DefaultTimeout).TotalMilliseconds;
        if (!process.WaitForExit(limit))
        {
            process.Kill();
            return new DockerCliResult(-1, [], ["timed out"]);
        }

        var exitCode = process.ExitCodeOnceOutputEnds();
        lock (gate)
        {
            return new DockerCliResult(exitCode, standardOutput.ToArray(), standardError.ToArray());
        }
    }

    private static string? Keep(string? line, List<string> lines, object gate)
    {
        if (line is not null)
        {
            lock (gate)
            {
                lines.Add(line);
            }
        }

        return null;
    }
}
