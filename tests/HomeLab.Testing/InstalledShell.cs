using System.Diagnostics;

namespace HomeLab.Testing;

/// <summary>
/// The shells that build.ps1 and the completion scripts are tested in for real: zsh (Debian's package) and
/// PowerShell 7 (the .NET global tool, found on PATH or where <c>dotnet tool install --global</c> puts it).
/// A missing shell fails the test with one line naming what to install.
/// </summary>
public static class InstalledShell
{
    /// <summary>How .ci/run installs PowerShell.</summary>
    public const string PwshInstallCommand = "dotnet tool install --global PowerShell --version 7.6.9";

    private static readonly Lazy<PwshCommand> FoundPwsh = new(FindPwsh);

    /// <summary>The full path of zsh.</summary>
    /// <exception cref="InvalidOperationException">zsh is not installed.</exception>
    public static string Zsh() => ProgramLocator.Find("zsh")
        ?? throw new InvalidOperationException("zsh was not found on PATH: install it with apt-get install zsh (.ci/run does); this test runs the real shell.");

    /// <summary>
    /// How to start PowerShell without its .NET tool shim. The shim starts <c>dotnet pwsh.dll</c> with whichever
    /// <c>dotnet</c> is first on PATH, and the build-script tests put a fake one there; so this asks the shim once
    /// which runtime and <c>$PSHOME</c> it ended up with, and starts those directly.
    /// </summary>
    /// <exception cref="InvalidOperationException">PowerShell is not installed.</exception>
    public static PwshCommand Pwsh() => FoundPwsh.Value;

    private static PwshCommand FindPwsh()
    {
        var pwsh = ProgramLocator.Find("pwsh") ?? InDotnetToolsFolder("pwsh")
            ?? throw new InvalidOperationException($"pwsh was not found on PATH or in ~/.dotnet/tools: install PowerShell 7 with `{PwshInstallCommand}` (.ci/run does); this test runs the real shell.");
        var start = new ProcessStartInfo(pwsh, ["-NoProfile", "-NonInteractive", "-Command", "[Environment]::ProcessPath; $PSHOME"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{pwsh} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{pwsh} did not answer within a minute.");
        }

        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length != 2)
        {
            throw new InvalidOperationException($"{pwsh} does not run (exit {process.ExitCode}): {errors.Result.Trim()}");
        }

        var (runtime, home) = (lines[0], lines[1]);
        return Path.GetFileNameWithoutExtension(runtime) == "dotnet"
            ? new PwshCommand(runtime, [Path.Combine(home, "pwsh.dll")])
            : new PwshCommand(runtime, []);
    }

    private static string? InDotnetToolsFolder(string tool)
    {
        var home = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } cliHome
            ? cliHome
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var path = Path.Combine(home, ".dotnet", "tools", tool);
        return File.Exists(path) ? path : null;
    }
}

/// <summary>A program and the arguments that come before PowerShell's own (<c>pwsh.dll</c> when it runs on <c>dotnet</c>).</summary>
public sealed record PwshCommand(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>Starts PowerShell without a profile, non-interactive, with <paramref name="arguments"/> after that.</summary>
    public ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(Program);
        foreach (var argument in Arguments.Concat(["-NoProfile", "-NonInteractive"]).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
