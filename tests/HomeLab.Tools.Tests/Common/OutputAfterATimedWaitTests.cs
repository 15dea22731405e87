using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Docker;
using HomeLab.Tools.Packer;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Common;

/// <summary>
/// A ToolTimeout makes Cake wait for the tool with a timed wait, which returns when the process exits, before its
/// redirected output has been read to the end. Each fake tool here exits at once and leaves what it prints to a child
/// that inherits its output and prints half a second later: every wrapper must still read that line.
/// </summary>
[Platform(Exclude = "Win", Reason = "The fakes are shell scripts.")]
public class OutputAfterATimedWaitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private ICakeContext _context = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory("homelab-late-output-");
        _scope = new EnvironmentScope();
        _context = RealCakeContext.Create(new CapturingLog(), _temp.Path);
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Terraform_reads_a_version_printed_after_it_exited()
    {
        var terraform = FakePrintingLate("terraform", """{"terraform_version":"1.11.4"}""");

        var version = _context.TerraformVersion(new TerraformVersionSettings { ToolPath = terraform, ToolTimeout = Timeout });

        Assert.That(version, Is.EqualTo(new Version(1, 11, 4)));
    }

    [Test]
    public void Ansible_reads_a_version_printed_after_it_exited()
    {
        var ansible = FakePrintingLate("ansible-playbook", "ansible-playbook [core 2.19.4]");

        var version = _context.AnsibleVersion(new AnsibleVersionSettings { ToolPath = ansible, ToolTimeout = Timeout });

        Assert.That(version, Is.EqualTo(new Version(2, 19, 4)));
    }

    [Test]
    public void Packer_reads_a_version_printed_after_it_exited()
    {
        var packer = FakePrintingLate("packer", "Packer v1.11.2");

        var version = _context.PackerVersion(new PackerVersionSettings { ToolPath = packer, ToolTimeout = Timeout });

        Assert.That(version, Is.EqualTo(new Version(1, 11, 2)));
    }

    [Test]
    public void Compose_reads_log_lines_printed_after_it_exited()
    {
        var compose = FakePrintingLate("docker-compose", "web_1  | ready");
        _temp.File("stack/compose.yaml", "services: {}\n");

        var lines = _context.DockerComposeLogs(
            new DockerComposeLogsSettings { ToolPath = compose, ToolTimeout = Timeout },
            new DockerComposeSettings { File = [new FilePath(_temp.Combine("stack", "compose.yaml"))], ProjectName = "late" });

        Assert.That(lines, Does.Contain("web_1  | ready"));
    }

    [Test]
    public void A_short_docker_command_returns_output_printed_after_it_exited()
    {
        var docker = FakePrintingLate("docker", "[{\"Id\":\"abc\"}]");

        var result = DockerCliProcess.Run(
            _context.ProcessRunner, docker, new ProcessArgumentBuilder().Append("inspect"), new Dictionary<string, string>(), _temp.Path);

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.StandardOutput, Is.EqualTo(new[] { "[{\"Id\":\"abc\"}]" }));
    }

    private FilePath FakePrintingLate(string name, string line)
    {
        var path = Path.Combine(_temp.Directory("bin"), name);
        Executable.WriteScript(path, $"#!/bin/sh\n( sleep 0.5; printf '%s\\n' '{line}' ) &\nexit 0\n");
        return new FilePath(path);
    }
}
