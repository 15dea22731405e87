using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
namespace HomeLab.Testing;

/// <summary>
/// An SSH host in front of a test Docker engine: <c>/usr/sbin/sshd -D</c> on 127.0.0.1 at a free port, with a
/// generated host key and client key, <c>UsePAM no</c>, <c>StrictModes no</c>, <c>PermitRootLogin
/// prohibit-password</c>, and <c>SetEnv DOCKER_HOST=unix://&lt;engine socket&gt;</c> so that the remote
/// <c>docker system dial-stdio</c> reaches the test engine. Docker and docker-compose run the <c>ssh</c> found on
/// PATH with no way to pass options, so the client side is an <c>ssh</c> wrapper in <see cref="ClientBinDirectory"/>
/// that adds the key and skips host-key checks (no ~/.ssh is touched): put <see cref="ClientBinDirectory"/> first on
/// the PATH of whatever runs docker or docker-compose (a wrapper test's settings, or the host a test starts).
/// Shared by the Compose wrapper's tests and the host's stack tests; not yet unified with <see cref="SshTestHost"/>.
/// </summary>
public sealed class DockerSshHost : IDisposable
{
    private readonly TempDirectory _folder;
    private readonly Process _sshd;

    private DockerSshHost(TempDirectory folder, Process sshd, int port)
    {
        _folder = folder;
        _sshd = sshd;
        Port = port;
    }

    /// <summary>The port sshd listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The DOCKER_HOST that reaches the engine through this host.</summary>
    public string DockerHost => $"ssh://root@127.0.0.1:{Port}";

    /// <summary>The folder of the <c>ssh</c> wrapper; put it first on the child's PATH.</summary>
    public string ClientBinDirectory => _folder.Combine("bin");

    /// <summary>The child's PATH: the wrapper's folder, then this process's PATH.</summary>
    public string ClientPath => ClientBinDirectory + ":" + Environment.GetEnvironmentVariable("PATH");

    /// <summary>Starts sshd in front of the engine at <paramref name="dockerSocket"/> and waits until it listens.</summary>
    /// <exception cref="InvalidOperationException">sshd, ssh-keygen or ssh is missing (the message names the package), or sshd did not start.</exception>
    public static DockerSshHost Start(string dockerSocket)
    {
        var sshd = ProgramLocator.Require("/usr/sbin/sshd", "openssh-server");
        var keygen = ProgramLocator.Require("ssh-keygen", "openssh-client");
        var ssh = ProgramLocator.Require("ssh", "openssh-client");
        var folder = new TempDirectory("homelab-docker-ssh-");
        try
        {
            Directory.CreateDirectory("/run/sshd");
            RunOrThrow(keygen, "-q", "-t", "ed25519", "-N", string.Empty, "-f", folder.Combine("host_key"));
            RunOrThrow(keygen, "-q", "-t", "ed25519", "-N", string.Empty, "-f", folder.Combine("client_key"));
            File.Copy(folder.Combine("client_key.pub"), folder.Combine("authorized_keys"));
            var port = FreePort();
            folder.File("sshd_config", string.Join('\n',
                $"Port {port}",
                "ListenAddress 127.0.0.1",
                $"HostKey {folder.Combine("host_key")}",
                $"AuthorizedKeysFile {folder.Combine("authorized_keys")}",
                $"PidFile {folder.Combine("sshd.pid")}",
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                $"SetEnv DOCKER_HOST=unix://{dockerSocket}",
                string.Empty));
            folder.Directory("bin");
            Executable.WriteScript(folder.Combine("bin", "ssh"),
                $"#!/bin/sh\nexec {ssh} -F none -i {folder.Combine("client_key")} -o IdentitiesOnly=yes -o BatchMode=yes " +
                "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR " +
                "-o KexAlgorithms=curve25519-sha256 \"$@\"\n");

            var start = new ProcessStartInfo(sshd) { UseShellExecute = false };
            foreach (var argument in new[] { "-D", "-f", folder.Combine("sshd_config"), "-E", folder.Combine("sshd.log") })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            var host = new DockerSshHost(folder, process, port);
            host.WaitUntilListening();
            return host;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Kills sshd by its PID and deletes the keys and the wrapper.</summary>
    public void Dispose()
    {
        if (!_sshd.HasExited)
        {
            _sshd.Kill();
            _sshd.WaitForExit(5000);
        }

        _sshd.Dispose();
        _folder.Dispose();
    }

    private void WaitUntilListening()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_sshd.HasExited)
            {
                throw new InvalidOperationException($"sshd exited ({_sshd.ExitCode}): {File.ReadAllText(_folder.Combine("sshd.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"sshd did not listen on 127.0.0.1:{Port} within 10 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunOrThrow(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}
