using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HomeLab.Testing;

namespace HomeLab.Build.Tests.Support;

/// <summary>
/// A lab whose Ansible files reach the SSH test host: <c>webs</c> (web1, web2) log in to it, <c>trouble</c> holds
/// <c>bad</c> (reached, fails on purpose) and <c>gone</c> (a closed port). Its playbooks change nothing but marker
/// files in <see cref="Out"/>, recording what reached them: the group, the reboot's and the shutdown's variables, and
/// the secret read with <c>lookup('env', 'PM_TOKEN_SECRET')</c>.
/// </summary>
internal sealed class ConvergeLab : IDisposable
{
    /// <summary>The secret every run gets as PM_TOKEN_SECRET; it may show up only in the host's marker file.</summary>
    public const string Secret = "converge-secret-7f3a-91bc-token";

    private readonly TempDirectory? _own;
    private readonly TempDirectory _out = new("homelab-converge-out-");

    /// <summary>Writes the lab into <paramref name="root"/>, or into a folder of its own.</summary>
    public ConvergeLab(SshTestHost ssh, string? root = null)
    {
        if (root is null)
        {
            _own = new TempDirectory("homelab-converge-lab-");
        }

        Root = root ?? _own!.Path;
        Write(ssh);
    }

    /// <summary>The lab and working directory.</summary>
    public string Root { get; }

    /// <summary>Where the playbooks write, on the "host" (this machine).</summary>
    public string Out => _out.Path;

    public string Artifacts(params string[] parts) => Path.Combine([Root, "artifacts", .. parts]);

    /// <summary>A host run in the lab with Doppler off and the secret set.</summary>
    public HostRun Host() => new HostRun(Root).With("DOPPLER", "0").With("PM_TOKEN_SECRET", Secret);

    /// <summary>A marker file's text; null when the playbook did not write it.</summary>
    public string? Marker(string name) => File.Exists(Path.Combine(Out, name)) ? File.ReadAllText(Path.Combine(Out, name)) : null;

    /// <summary>The marker files written so far.</summary>
    public string[] Markers() => Directory.GetFiles(Out).Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Removes every marker, so that the next run's are its own.</summary>
    public void ClearMarkers()
    {
        foreach (var file in Directory.GetFiles(Out))
        {
            File.Delete(file);
        }
    }

    /// <summary>The secret is in no output line and no file under artifacts/.</summary>
    public void AssertNoSecret(ProcessResult result)
    {
        Assert.That(result.AllOutput, Does.Not.Contain(Secret), "the secret is masked in the output");
        var artifacts = Artifacts();
        foreach (var file in Directory.Exists(artifacts) ? Directory.EnumerateFiles(artifacts, "*", SearchOption.AllDirectories) : [])
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain(Secret), file);
        }
    }

    public void Dispose()
    {
        _out.Dispose();
        _own?.Dispose();
    }

    private void Write(SshTestHost ssh)
    {
        ssh.WriteAnsibleConfig(Path.Combine(Root, "ansible.cfg"), "host_key_checking = False");
        var port = ssh.Port.ToString(CultureInfo.InvariantCulture);
        var reach = $"ansible_host: {SshTestHost.Address}, ansible_port: {port}, ansible_user: {ssh.User}, ansible_ssh_private_key_file: \"{ssh.PrivateKeyPath}\"";
        var closed = $"ansible_host: {SshTestHost.Address}, ansible_port: {ClosedPort().ToString(CultureInfo.InvariantCulture)}, ansible_user: {ssh.User}, ansible_ssh_private_key_file: \"{ssh.PrivateKeyPath}\"";
        WriteFile(Path.Combine("ansible", "inventory", "hosts.yaml"), $$"""
            all:
              vars:
                homelab_out: "{{Out}}"
              hosts:
                web1: { {{reach}} }
                web2: { {{reach}} }
                bad: { {{reach}}, fail_here: true }
                gone: { {{closed}} }
              children:
                webs:
                  hosts:
                    web1: {}
                    web2: {}
                trouble:
                  hosts:
                    bad: {}
                    gone: {}
            """);
        WriteFile(Path.Combine("ansible", "l3", "converge.yaml"), """
            - name: "L3 converge {{ converge_group }}"
              hosts: "{{ converge_group }}"
              gather_facts: false
              tasks:
                - name: A host can be made to fail
                  ansible.builtin.fail:
                    msg: "{{ inventory_hostname }} fails on purpose"
                  when: fail_here | default(false) | bool
                  tags: [always]
                - name: The marker records the group
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/l3-marker-{{ inventory_hostname }}"
                    content: "{{ converge_group }}\n"
                  tags: [l3, step_marker]
                - name: The MOTD is written
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/l3-motd-{{ inventory_hostname }}"
                    content: "motd\n"
                  tags: [l3, step_motd]
                - name: The secret arrives through the environment
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/l3-secret-{{ inventory_hostname }}"
                    content: "{{ lookup('env', 'PM_TOKEN_SECRET') }}"
                  tags: [l3, step_secret]
                - name: Ansible prints the secret
                  ansible.builtin.debug:
                    msg: "the token is {{ lookup('env', 'PM_TOKEN_SECRET') }}"
                  tags: [l3, step_secret]
            """);
        WriteFile(Path.Combine("ansible", "l3", "reboot.yaml"), """
            - name: "Reboot {{ converge_group }} (recorded, not done)"
              hosts: "{{ converge_group }}"
              gather_facts: false
              tasks:
                - name: Record what the reboot was asked
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/reboot-{{ inventory_hostname }}"
                    content: "{{ converge_group }} reboot_action={{ reboot_action }} force_reboot={{ force_reboot }} diff={{ ansible_diff_mode }} forks={{ ansible_forks }}\n"
            """);
        WriteFile(Path.Combine("ansible", "l3", "shutdown.yaml"), """
            - name: "Shutdown {{ converge_group }} (recorded, not done)"
              hosts: "{{ converge_group }}"
              gather_facts: false
              tasks:
                - name: Record what the shutdown was asked
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/shutdown-{{ inventory_hostname }}"
                    content: "{{ shutdown_action | default('none') }}\n"
            """);
        WriteFile(Path.Combine("ansible", "l4", "converge.yaml"), """
            - name: "L4 converge {{ converge_group }}"
              hosts: "{{ converge_group }}"
              gather_facts: false
              tasks:
                - name: The whoami workload
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/l4-whoami-{{ inventory_hostname }}"
                    content: "{{ converge_group }}\n"
                  tags: [l4, step_whoami]
                - name: The whoami configuration
                  ansible.builtin.copy:
                    dest: "{{ homelab_out }}/l4-config-{{ inventory_hostname }}"
                    content: "{{ converge_group }}\n"
                  tags: [l4, step_whoami_config]
            """);
        WriteFile(Path.Combine("ansible", "l4", "workloads.json"), """
            {
              "workloads": {
                "web-config": { "group": "webs", "tags": ["step_whoami_config"], "description": "Only whoami's configuration" }
              }
            }
            """);
    }

    private void WriteFile(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }

    // A port nothing listens on: ssh to it is refused at once, so the host is unreachable.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
