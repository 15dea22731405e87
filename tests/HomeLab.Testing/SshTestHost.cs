using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeLab.Testing;

/// <summary>
/// A real SSH server for tests: <c>/usr/sbin/sshd -D -e</c> on 127.0.0.1 at a free port, with a generated ed25519 host
/// key, a generated client key in its <c>authorized_keys</c>, <c>UsePAM no</c>, <c>StrictModes no</c> and
/// <c>PermitRootLogin prohibit-password</c>, everything in a temp folder of its own. <see cref="Start"/> returns once
/// the port accepts connections; dispose kills sshd (and the sessions it forked) by its PID and waits for it.
/// The "host" is this machine, logged into as the current user (root here).
/// </summary>
/// <remarks>
/// A prerequisite that is missing (sshd, ssh-keygen) makes <see cref="Start"/> throw one line naming the package, so a
/// test that needs the host fails rather than passes.
/// </remarks>
public sealed class SshTestHost : IDisposable
{
    /// <summary>Where Debian's openssh-server installs sshd (it must be started by its absolute path).</summary>
    public const string SshdPath = "/usr/sbin/sshd";

    /// <summary>The address sshd listens on.</summary>
    public const string Address = "127.0.0.1";

    private const string PrivilegeSeparationDirectory = "/run/sshd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder;
    private readonly Process _sshd;
    private readonly ConcurrentQueue<string> _log;

    private SshTestHost(TempDirectory folder, Process sshd, ConcurrentQueue<string> log, int port)
    {
        _folder = folder;
        _sshd = sshd;
        _log = log;
        Port = port;
    }

    /// <summary>The address to connect to: <see cref="Address"/>.</summary>
    public string Host => Address;

    /// <summary>The port sshd listens on.</summary>
    public int Port { get; }

    /// <summary>The user to log in as: the one running the tests (root here).</summary>
    public string User { get; } = Environment.UserName;

    /// <summary>The client's private key (no passphrase), authorized for <see cref="User"/>.</summary>
    public string PrivateKeyPath => _folder.Combine("client_ed25519");

    /// <summary>The folder holding the keys, the config, the PID file and what the tests write there.</summary>
    public string Folder => _folder.Path;

    /// <summary>sshd's process id.</summary>
    public int ProcessId => _sshd.Id;

    /// <summary>What sshd logged so far (<c>-e</c>: to stderr), for a failing test's message.</summary>
    public string ServerLog => string.Join('\n', _log);

    /// <summary>
    /// The inventory vars that reach this host: <c>ansible_host</c>, <c>ansible_port</c>, <c>ansible_user</c> and
    /// <c>ansible_ssh_private_key_file</c>, as one YAML flow mapping, e.g. for <c>web1: {…}</c>.
    /// </summary>
    public string InventoryHostVars =>
        $"{{ansible_host: {Address}, ansible_port: {Port.ToString(CultureInfo.InvariantCulture)}, ansible_user: {User}, ansible_ssh_private_key_file: \"{PrivateKeyPath}\"}}";

    /// <summary>
    /// The <c>[ssh_connection]</c> options tests need: pipelining on, no ControlMaster (so no <c>ssh … [mux]</c>
    /// process outlives a test), and no known_hosts (the host key is new each time).
    /// </summary>
    public static string AnsibleSshArgs => "-o ControlMaster=no -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no";

    /// <summary>Starts sshd and waits until its port accepts connections.</summary>
    /// <param name="sshdPath">The sshd to run; Debian's by default.</param>
    /// <exception cref="InvalidOperationException">A prerequisite is missing, or sshd did not start; the message says which.</exception>
    public static SshTestHost Start(string sshdPath = SshdPath)
    {
        RequireExecutable(sshdPath, "openssh-server");
        var keygen = FindOnPath("ssh-keygen") ?? throw new InvalidOperationException(
            "ssh-keygen was not found on PATH: install openssh-client (apt-get install openssh-client); the SSH test host needs it.");

        var folder = new TempDirectory("homelab-ssh-host-");
        try
        {
            Directory.CreateDirectory(PrivilegeSeparationDirectory);
            GenerateKey(keygen, folder.Combine("host_ed25519"));
            GenerateKey(keygen, folder.Combine("client_ed25519"));
            File.Copy(folder.Combine("client_ed25519.pub"), folder.Combine("authorized_keys"));
            return StartOnFreePort(folder, sshdPath);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes an <c>ansible.cfg</c> for this host to <paramref name="path"/>: no retry files, quiet interpreter
    /// discovery, pipelining, <see cref="AnsibleSshArgs"/>, plus <paramref name="extraDefaults"/> lines under
    /// <c>[defaults]</c>. Host key checking is left to the caller (<c>ANSIBLE_HOST_KEY_CHECKING</c>).
    /// </summary>
    public string WriteAnsibleConfig(string path, params string[] extraDefaults)
    {
        var text = new StringBuilder()
            .Append("[defaults]\n")
            .Append("retry_files_enabled = False\n")
            .Append("interpreter_python = auto_silent\n");
        foreach (var line in extraDefaults)
        {
            text.Append(line).Append('\n');
        }

        text.Append("\n[ssh_connection]\n")
            .Append("pipelining = True\n")
            .Append("ssh_args = ").Append(AnsibleSshArgs).Append('\n');
        WriteFile(path, text.ToString());
        return path;
    }

    /// <summary>
    /// Writes a YAML inventory to <paramref name="path"/>: each of <paramref name="hosts"/> under <c>all.hosts</c>,
    /// reaching this host through <see cref="InventoryHostVars"/>.
    /// </summary>
    public string WriteInventory(string path, params string[] hosts)
    {
        var text = new StringBuilder("all:\n  hosts:\n");
        foreach (var host in hosts)
        {
            text.Append("    ").Append(host).Append(": ").Append(InventoryHostVars).Append('\n');
        }

        WriteFile(path, text.ToString());
        return path;
    }

    /// <summary>
    /// Writes an OpenSSH client config to <paramref name="path"/> with a <c>Host</c> entry named
    /// <paramref name="alias"/> for this host (address, port, user, key, no known_hosts), for tools that run plain
    /// <c>ssh</c> (e.g. <c>ssh -F path alias</c>).
    /// </summary>
    public string WriteSshClientConfig(string path, string alias = "homelab-test")
    {
        WriteFile(path, $"""
            Host {alias}
              HostName {Address}
              Port {Port.ToString(CultureInfo.InvariantCulture)}
              User {User}
              IdentityFile {PrivateKeyPath}
              IdentitiesOnly yes
              StrictHostKeyChecking no
              UserKnownHostsFile /dev/null
              LogLevel ERROR

            """);
        return path;
    }

    /// <summary>Kills sshd and the sessions it forked, by its PID, waits for it, and deletes the folder.</summary>
    public void Dispose()
    {
        try
        {
            if (!_sshd.HasExited)
            {
                _sshd.Kill(entireProcessTree: true);
            }

            _sshd.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }
        finally
        {
            _sshd.Dispose();
            _folder.Dispose();
        }
    }

    private static SshTestHost StartOnFreePort(TempDirectory folder, string sshdPath)
    {
        // The free port is picked, then given to sshd; another process may take it in between, so try a few.
        string? lastLog = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var config = WriteServerConfig(folder, port);
            var log = new ConcurrentQueue<string>();
            var sshd = Launch(sshdPath, config, log);
            if (WaitUntilListening(sshd, port))
            {
                return new SshTestHost(folder, sshd, log, port);
            }

            lastLog = string.Join(" | ", log);
            Stop(sshd);
            if (!lastLog.Contains("Address already in use", StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new InvalidOperationException($"sshd did not start listening on {Address}: {lastLog}");
    }

    private static string WriteServerConfig(TempDirectory folder, int port) => folder.File("sshd_config", $"""
        ListenAddress {Address}
        Port {port.ToString(CultureInfo.InvariantCulture)}
        HostKey {folder.Combine("host_ed25519")}
        AuthorizedKeysFile {folder.Combine("authorized_keys")}
        PidFile {folder.Combine("sshd.pid")}
        UsePAM no
        StrictModes no
        PermitRootLogin prohibit-password
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UseDNS no
        MaxStartups 100
        MaxSessions 100
        Subsystem sftp internal-sftp

        """);

    private static Process Launch(string sshdPath, string config, ConcurrentQueue<string> log)
    {
        var start = new ProcessStartInfo(sshdPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-D", "-e", "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 500)
        {
            log.TryDequeue(out _);
        }
    }

    private static bool WaitUntilListening(Process sshd, int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (sshd.HasExited)
            {
                return false;
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(25);
            }
        }

        return false;
    }

    private static void Stop(Process sshd)
    {
        try
        {
            if (!sshd.HasExited)
            {
                sshd.Kill(entireProcessTree: true);
            }

            sshd.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }

        sshd.Dispose();
    }

    private static void GenerateKey(string keygen, string path)
    {
        var start = new ProcessStartInfo(keygen) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-C", "homelab-test", "-f", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ssh-keygen failed (exit code {process.ExitCode}): {error.Trim()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RequireExecutable(string path, string package)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} was not found: install {package} (apt-get install {package}); the SSH test host needs it.");
        }
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);

    private static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, content);
    }
}
