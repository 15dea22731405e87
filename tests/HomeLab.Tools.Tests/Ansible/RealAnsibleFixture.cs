using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>
/// Runs the wrapper through Cake's real ProcessRunner against the real ansible-core, over SSH to a real sshd on
/// 127.0.0.1 started for the fixture (<see cref="SshTestHost"/>). Each test gets a copy of Fixtures/ansible/lab, an
/// ansible.cfg for the host, and an inventory: <c>web1</c> and <c>web2</c> in group <c>webs</c> reach the host, and
/// <c>gone</c> in group <c>dead</c> points at a closed port. The playbooks write under <see cref="OutDirectory"/>.
/// Cake's working directory is another folder, so every path is resolved by the wrapper.
/// </summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "sshd and ansible-core run on Linux.")]
public abstract class RealAnsibleFixture
{
    protected const string Secret = "ansible-token-5e1c-77ab-secret";
    protected const string EnvironmentSecret = "ansible-env-9b2d-41f0-secret";

    private static readonly string[] InheritedAnsibleVariables =
    [
        "ANSIBLE_CONFIG", "ANSIBLE_INVENTORY", "ANSIBLE_CALLBACKS_ENABLED", "ANSIBLE_STDOUT_CALLBACK", "ANSIBLE_FORCE_COLOR",
        "ANSIBLE_NOCOLOR", "ANSIBLE_HOST_KEY_CHECKING", "JUNIT_OUTPUT_DIR", "LAB_ENV_SECRET",
    ];

    private protected SshTestHost SshHost { get; private set; } = null!;

    private protected TempDirectory Temp { get; private set; } = null!;

    private protected EnvironmentScope Scope { get; private set; } = null!;

    private protected CapturingLog Log { get; private set; } = null!;

    private protected ICakeContext Context { get; private set; } = null!;

    /// <summary>The copy of Fixtures/ansible/lab.</summary>
    protected string LabDirectory { get; private set; } = null!;

    /// <summary>The lab's ansible.cfg, written for the SSH host.</summary>
    protected string ConfigFile { get; private set; } = null!;

    /// <summary>The inventory: webs (web1, web2) reach the SSH host, dead (gone) does not.</summary>
    protected string InventoryFile { get; private set; } = null!;

    /// <summary>Where the playbooks write (on the "host", which is this machine).</summary>
    protected string OutDirectory { get; private set; } = null!;

    /// <summary>Where the runs create their private extra-vars folders.</summary>
    protected string RunTempDirectory { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartSshHost()
    {
        if (FindOnPath("ansible-playbook") is null || FindOnPath("ansible-inventory") is null)
        {
            Assert.Fail("ansible-playbook/ansible-inventory not found on PATH: install ansible-core (apt-get install ansible-core); these tests run the real ansible over SSH.");
        }

        SshHost = SshTestHost.Start();
    }

    [OneTimeTearDown]
    public void StopSshHost() => SshHost?.Dispose();

    [SetUp]
    public void SetUpLab()
    {
        Temp = new TempDirectory("homelab-ansible-test-");
        Scope = new EnvironmentScope();
        foreach (var name in InheritedAnsibleVariables)
        {
            // Nothing may reach ansible from this process by accident: what a test hands over is all it gets.
            Scope.Set(name, null);
        }

        Log = new CapturingLog();
        Context = RealCakeContext.Create(Log, Temp.Directory("work"));
        LabDirectory = CopyLab();
        ConfigFile = SshHost.WriteAnsibleConfig(Path.Combine(LabDirectory, "ansible.cfg"));
        InventoryFile = Temp.File("lab/inventory/hosts.yaml", $"""
            all:
              children:
                webs:
                  hosts:
                    web1: {SshHost.InventoryHostVars}
                    web2: {SshHost.InventoryHostVars}
                dead:
                  hosts:
                    gone: {SshHost.InventoryHostVars.Replace($"ansible_port: {SshHost.Port}", $"ansible_port: {ClosedPort()}", StringComparison.Ordinal)}

            """);
        OutDirectory = Temp.Directory("out");
        RunTempDirectory = Temp.Directory("run-tmp");
    }

    [TearDown]
    public void TearDownLab()
    {
        Scope.Dispose();
        Temp.Dispose();
    }

    /// <summary>
    /// Settings for the lab's converge.yaml on the inventory, with the config, no colour, host key checking off, and the
    /// extra vars <c>converge_group</c> and <c>out_dir</c>.
    /// </summary>
    protected AnsiblePlaybookSettings Converge(string group, string playbook = "converge.yaml") => new AnsiblePlaybookSettings
    {
        Playbook = new FilePath(Path.Combine(LabDirectory, playbook)),
        Inventories = { new FilePath(InventoryFile) },
        ConfigFile = new FilePath(ConfigFile),
        HostKeyChecking = false,
        NoColor = true,
        TempDirectory = new DirectoryPath(RunTempDirectory),
    }.WithExtraVar("converge_group", group).WithExtraVar("out_dir", OutDirectory);

    /// <summary>The command lines Cake logged ("Executing: …").</summary>
    protected IReadOnlyList<string> ExecutedCommands() =>
        Log.Messages.Where(m => m.StartsWith("Executing: ", StringComparison.Ordinal)).ToList();

    /// <summary>The files the playbooks wrote, by name.</summary>
    protected IReadOnlyList<string> OutFiles() =>
        Directory.EnumerateFiles(OutDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    protected static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string CopyLab()
    {
        var source = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "ansible", "lab");
        var target = Temp.Directory("lab");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>A loopback port nothing listens on (picked free, then closed).</summary>
    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);
}
