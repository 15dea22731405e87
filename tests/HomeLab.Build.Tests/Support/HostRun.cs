using System.Diagnostics;

namespace HomeLab.Build.Tests.Support;

/// <summary>
/// Runs the built HomeLab host as a real process, with an environment the test controls completely:
/// nothing of the test runner's own HomeLab-related variables leaks in.
/// </summary>
internal sealed class HostRun
{
    private static readonly string[] ScrubbedPrefixes = ["PVE_", "PM_", "DOPPLER", "CI", "FORCE_DOPPLER", "L0_", "UPDATE_STABLE", "APPLY", "TF_", "TAGS", "LIMIT", "REBOOT_ACTION", "ANSIBLE_", "DOCKER_HOST", "CAKE_"];

    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public HostRun(string workingDirectory)
    {
        WorkingDirectory = workingDirectory;
    }

    public string WorkingDirectory { get; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public HostRun With(string name, string? value)
    {
        _environment[name] = value;
        return this;
    }

    /// <summary>Puts <paramref name="directory"/> first on PATH.</summary>
    public HostRun WithPathFirst(string directory)
    {
        var path = _environment.TryGetValue("PATH", out var current) && current is not null
            ? current
            : Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return With("PATH", directory + Path.PathSeparator + path);
    }

    /// <summary>Replaces PATH entirely (plus the directory of the dotnet executable, so the host itself can start).</summary>
    public HostRun WithOnlyPath(params string[] directories) =>
        With("PATH", string.Join(Path.PathSeparator, directories.Append("/usr/bin").Append("/bin")));

    public async Task<ProcessResult> RunAsync(params string[] arguments) => await ProcessRunner.RunAsync(StartInfo(arguments), Timeout);

    /// <summary>How the host is started with <paramref name="arguments"/>, for a test that manages the process itself.</summary>
    public ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = WorkingDirectory,
        };
        start.ArgumentList.Add(RepositoryPaths.HostDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (ScrubbedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                start.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in _environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
