using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HomeLab.Testing;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>The SSH test host the Ansible tests (and the host's) rely on: it serves SSH, and it is gone after dispose.</summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "sshd runs on Linux.")]
public class SshTestHostTests
{
    [Test]
    public void It_serves_ssh_with_its_key_and_leaves_no_process_or_folder_behind()
    {
        var host = SshTestHost.Start();
        var pid = host.ProcessId;
        var folder = host.Folder;
        string output;
        try
        {
            output = Ssh(host, "echo connected-as-$(id -un)");
            Assert.That(File.ReadAllText(host.WriteInventory(Path.Combine(folder, "hosts.yaml"), "web1")),
                Does.Contain($"web1: {{ansible_host: 127.0.0.1, ansible_port: {host.Port}, ansible_user: {host.User}, ansible_ssh_private_key_file: \"{host.PrivateKeyPath}\"}}"));
            Assert.That(File.ReadAllText(host.WriteAnsibleConfig(Path.Combine(folder, "ansible.cfg"))),
                Does.Contain("pipelining = True\nssh_args = -o ControlMaster=no -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no"));
        }
        finally
        {
            host.Dispose();
        }

        Assert.Multiple(() =>
        {
            Assert.That(output, Is.EqualTo($"connected-as-{host.User}"));
            Assert.That(Process.GetProcesses().Any(p => p.Id == pid), Is.False, "sshd was stopped by its PID");
            Assert.That(Directory.Exists(folder), Is.False);
            Assert.Throws<SocketException>(() => new TcpClient().Connect(IPAddress.Loopback, host.Port), "nothing listens any more");
        });
    }

    [Test]
    public void A_missing_sshd_is_one_line_naming_the_package()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SshTestHost.Start("/nonexistent/sbin/sshd"))!;

        Assert.That(error.Message, Is.EqualTo(
            "/nonexistent/sbin/sshd was not found: install openssh-server (apt-get install openssh-server); the SSH test host needs it."));
    }

    private static string Ssh(SshTestHost host, string command)
    {
        var start = new ProcessStartInfo("ssh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-F", host.WriteSshClientConfig(Path.Combine(host.Folder, "ssh_config")), "-o", "BatchMode=yes", "homelab-test", command,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"ssh failed: {error}; sshd said: {host.ServerLog}");
        return output.Trim();
    }
}
