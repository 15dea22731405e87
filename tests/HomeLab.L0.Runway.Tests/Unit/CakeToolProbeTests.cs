using System.Runtime.Versioning;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.L0.Runway.Tools;
using HomeLab.Testing;

namespace HomeLab.L0.Runway.Tests.Unit;

[UnsupportedOSPlatform("windows")]
public sealed class CakeToolProbeTests
{
    private TempDirectory _bin = null!;

    [SetUp]
    public void CreateBin()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake tools are /bin/sh scripts.");
        }

        _bin = new TempDirectory();
    }

    [TearDown]
    public void RemoveBin() => _bin?.Dispose();

    [Test]
    public async Task A_tool_on_path_is_found_and_asked_for_its_version_with_its_own_arguments()
    {
        var args = _bin.Combine("terraform.args");
        _bin.Script("terraform", $"echo \"$@\" > '{args}'\necho \"$CHECKPOINT_DISABLE\" >> '{args}'\necho 'Terraform v1.9.5'\necho 'on linux_amd64'");

        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.Terraform, TimeSpan.FromSeconds(10));

        Assert.That(result, Is.EqualTo(new ToolProbeResult(_bin.Combine("terraform"), "1.9.5", true, null)));
        Assert.That(File.ReadAllLines(args), Is.EqualTo(new[] { "version", "1" }));
    }

    [Test]
    public async Task A_version_printed_on_stderr_is_read_too()
    {
        _bin.Script("ssh", "echo 'OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026' >&2");

        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.Ssh, TimeSpan.FromSeconds(10));

        Assert.That(result.Version, Is.EqualTo("9.2p1"));
    }

    [Test]
    public async Task A_tool_not_on_path_is_not_found()
    {
        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result, Is.EqualTo(ToolProbeResult.NotFound));
    }

    [Test]
    public async Task A_tool_that_fails_without_a_version_reports_its_exit_code()
    {
        _bin.Script("packer", "echo 'unknown flag' >&2\nexit 3");

        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result, Is.EqualTo(new ToolProbeResult(_bin.Combine("packer"), null, true, "`packer version` exited with code 3")));
    }

    [Test]
    public async Task A_tool_that_hangs_is_abandoned()
    {
        _bin.Script("doppler", "exec sleep 30");

        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.Doppler, TimeSpan.FromMilliseconds(300));

        Assert.That(result.Version, Is.Null);
        Assert.That(result.Problem, Is.EqualTo("`doppler --version` did not finish within 0.3 s"));
    }

    [Test]
    public async Task A_file_that_cannot_be_executed_is_reported_as_not_started()
    {
        File.WriteAllText(_bin.Combine("ansible-playbook"), "not a program");

        var result = await CakeTools.ProbeWithPath(_bin.Path).ProbeAsync(ToolRequirements.AnsiblePlaybook, TimeSpan.FromSeconds(10));

        Assert.That(result.Started, Is.False);
        Assert.That(result.Path, Is.EqualTo(_bin.Combine("ansible-playbook")));
        Assert.That(result.Problem, Does.StartWith("could not be started ("));
    }
}
