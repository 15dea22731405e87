using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HomeLab.Testing;

/// <summary>
/// A real Docker engine of the test's own: <c>dockerd</c> on a unix socket in a scratch folder, with its own data and
/// exec roots, no bridge, no iptables, started as root (the tests run as root). It starts with
/// <see cref="BusyboxImage"/> imported, built offline from Debian's static busybox, since nothing can be pulled.
/// Dispose stops dockerd by its PID (SIGTERM, then SIGKILL), unmounts what it left under the folder (e.g.
/// <c>exec/netns</c>) and deletes the folder.
/// </summary>
public sealed class DockerEngineFixture : IDisposable
{
    /// <summary>The image <see cref="Start"/> imports: busybox and its applets in <c>/bin</c>, nothing else.</summary>
    public const string BusyboxImage = "homelab-test/busybox:1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _dockerd;
    private bool _disposed;

    private DockerEngineFixture(string root, Process dockerd)
    {
        Root = root;
        _dockerd = dockerd;
    }

    /// <summary>The scratch folder holding everything: <c>docker.sock</c>, <c>data</c>, <c>exec</c>, <c>dockerd.log</c>.</summary>
    public string Root { get; }

    /// <summary>The engine's socket, e.g. <c>/tmp/homelab-dockerd-x/docker.sock</c>.</summary>
    public string SocketPath => Path.Combine(Root, "docker.sock");

    /// <summary>The value for DOCKER_HOST: <c>unix://&lt;socket&gt;</c>.</summary>
    public string DockerHost => "unix://" + SocketPath;

    /// <summary>dockerd's process id.</summary>
    public int Pid => _dockerd.Id;

    /// <summary>dockerd's own log (its standard output and error), for diagnosing a failed test.</summary>
    public string LogPath => Path.Combine(Root, "dockerd.log");

    /// <summary>
    /// Starts dockerd, waits until <c>docker version</c> answers on its socket, and imports <see cref="BusyboxImage"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A prerequisite is missing (the message names the package to install) or dockerd did not come up (the message
    /// carries the end of its log).
    /// </exception>
    public static DockerEngineFixture Start()
    {
        var dockerd = ProgramLocator.Require("dockerd", "docker.io");
        ProgramLocator.Require("docker", "docker.io");
        var root = Directory.CreateTempSubdirectory("homelab-dockerd-").FullName;
        var log = Path.Combine(root, "dockerd.log");
        string[] arguments =
        [
            "--iptables=false", "--ip-masq=false", "--bridge=none",
            "--data-root", Path.Combine(root, "data"),
            "--exec-root", Path.Combine(root, "exec"),
            "--host", "unix://" + Path.Combine(root, "docker.sock"),
            "--pidfile", Path.Combine(root, "docker.pid"),
            "--shutdown-timeout", "5",
        ];

        // exec keeps the shell's PID for dockerd, so the PID we hold is dockerd's own; the shell only redirects its output.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >\"" + log + "\" 2>&1");
        start.ArgumentList.Add(dockerd);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dockerd did not start.");
        var engine = new DockerEngineFixture(root, process);
        try
        {
            engine.WaitUntilReady();
            BusyboxImageBuilder.Import(engine, BusyboxImage);
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>Runs <c>docker -H unix://&lt;socket&gt; &lt;arguments&gt;</c> and returns what it printed.</summary>
    public DockerCommandResult Docker(params string[] arguments) => Docker(null, arguments);

    /// <summary>Runs docker with <paramref name="standardInput"/> fed to it (e.g. a tarball for <c>import -</c>).</summary>
    public DockerCommandResult Docker(Stream? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo(ProgramLocator.Require("docker", "docker.io"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
        };
        start.ArgumentList.Add("--host");
        start.ArgumentList.Add(DockerHost);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DOCKER_HOST");
        start.Environment.Remove("DOCKER_CONTEXT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            standardInput.CopyTo(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"docker {string.Join(' ', arguments)} did not finish within 60 s.");
        }

        return new DockerCommandResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs docker and returns its standard output, trimmed; throws with its error when it fails.</summary>
    public string DockerOrThrow(params string[] arguments)
    {
        var result = Docker(arguments);
        return result.ExitCode == 0
            ? result.StandardOutput.Trim()
            : throw new InvalidOperationException(
                $"docker {string.Join(' ', arguments)} failed ({result.ExitCode}): {(result.StandardError + " " + result.StandardOutput).Trim()}");
    }

    /// <summary>The containers of a compose project (all states), as <c>name state</c> lines, sorted.</summary>
    public IReadOnlyList<string> ProjectContainers(string project) => DockerOrThrow(
            "ps", "--all", "--filter", "label=com.docker.compose.project=" + project, "--format", "{{.Names}} {{.State}}")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Stop();
        MountCleaner.UnmountUnder(Root);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a mount that would not go keeps its folder; the OS cleans temp later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void WaitUntilReady()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_dockerd.HasExited)
            {
                throw new InvalidOperationException($"dockerd exited with code {_dockerd.ExitCode} while starting: {LogTail()}");
            }

            if (File.Exists(SocketPath) && Docker("version", "--format", "{{.Server.Version}}").ExitCode == 0)
            {
                return;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException($"dockerd did not answer on {SocketPath} within {StartTimeout.TotalSeconds} s: {LogTail()}");
    }

    private void Stop()
    {
        if (!_dockerd.HasExited)
        {
            _ = Signals.Kill(_dockerd.Id, Signals.Terminate);
            if (!_dockerd.WaitForExit(StopTimeout))
            {
                _ = Signals.Kill(_dockerd.Id, Signals.ForceKill);
                _dockerd.WaitForExit(StopTimeout);
            }
        }

        // After a SIGKILL, dockerd's containerd and shims outlive it; they are recognised by this engine's own folder.
        Signals.KillProcessesMentioning(Root);
        _dockerd.Dispose();
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogPath);
            return string.Join(" | ", lines.TakeLast(5));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    /// <summary>The POSIX signals the fixture sends.</summary>
    private static class Signals
    {
        public const int Terminate = 15;
        public const int ForceKill = 9;

        public static int Kill(int pid, int signal) => NativeKill(pid, signal);

        /// <summary>SIGKILLs every process whose command line holds <paramref name="marker"/> (a unique scratch path).</summary>
        public static void KillProcessesMentioning(string marker)
        {
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
                {
                    continue;
                }

                try
                {
                    var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                    if (commandLine.Contains(marker, StringComparison.Ordinal))
                    {
                        _ = Kill(pid, ForceKill);
                    }
                }
                catch (IOException)
                {
                    // The process ended meanwhile.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int NativeKill(int pid, int signal);
    }
}
