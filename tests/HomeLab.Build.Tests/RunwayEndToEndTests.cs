using System.Text.Json;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>The built host runs L0 as a real process against a simulator over HTTPS.</summary>
public class RunwayEndToEndTests
{
    [Test]
    public async Task Simulate_runs_the_real_runway_and_writes_the_manifest()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--target=L0", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("L0 Runway: OK"));
        Assert.That(result.StandardOutput, Does.Contain(
            "Simulation: storage 'local' allows 'import' as well as iso,vztmpl,backup, prepared as docs/operations.md asks for cloud-image templates."));
        var manifest = JsonDocument.Parse(File.ReadAllText(work.Combine("artifacts", "l0", "runway_manifest.json"))).RootElement;
        Assert.That(manifest.GetProperty("status").GetString(), Is.EqualTo("OK"));
        Assert.That(manifest.GetProperty("node").GetString(), Is.EqualTo("pve"));
        Assert.That(manifest.GetProperty("failures").GetArrayLength(), Is.Zero);
        Assert.That(File.Exists(work.Combine("artifacts", "l0", "pve_version.json")), Is.True);
        Assert.That(File.Exists(work.Combine("artifacts", "l0", "network_pve.json")), Is.True);
    }

    [Test]
    public async Task Against_a_configured_proxmox_L0_passes_and_lists_the_tools()
    {
        await using var lab = await LabEnvironment.StartAsync();

        var result = await lab.Host().RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(lab.ArtifactsDirectory, "l0", "runway_manifest.json"))).RootElement;
        var tools = manifest.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.That(tools, Is.SupersetOf(new[] { "terraform", "packer", "ansible-playbook", "ssh" }));
        Assert.That(result.StandardOutput, Does.Contain("Skipped").And.Contain("DOPPLER=0"));
    }

    [Test]
    public async Task Every_failure_is_listed_and_the_exit_code_is_not_zero()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.Node("pve").Storage("local").SetFree(SimGiB(1));

        var result = await lab.Host().With("PVE_BRIDGE", "vmbr9").RunAsync("--target=L0");

        OutputAssertions.FailedWithOneErrorLine(result, "L0 Runway failed (2 reasons above)");
        Assert.That(result.StandardOutput, Does.Contain("vmbr9"));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("ISO storage 'local' has 1.0 GiB free"));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(lab.ArtifactsDirectory, "l0", "runway_manifest.json"))).RootElement;
        Assert.That(manifest.GetProperty("status").GetString(), Is.EqualTo("FAIL"));
        Assert.That(manifest.GetProperty("failures").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Missing_variables_are_named_in_one_reason()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).With("DOPPLER", "0").RunAsync("--target=L0", "--skip-tools");

        OutputAssertions.FailedWithOneErrorLine(result, "L0 Runway failed (1 reason above)");
        Assert.That(OutputAssertions.Flatten(result.StandardOutput),
            Does.Contain("Missing required environment variables: PVE_ACCESS_HOST, PM_TOKEN_ID, PM_TOKEN_SECRET, PVE_NODE, PVE_STORAGE_VM."));
    }

    [Test]
    public async Task Quiet_shows_the_status_and_the_reasons_but_not_the_table()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.Node("pve").Storage("local").SetFree(SimGiB(1));

        var result = await lab.Host().RunAsync("--target=L0", "--verbosity=quiet");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StandardOutput, Does.Contain("L0 Runway: FAIL"));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("ISO storage 'local' has 1.0 GiB free"));
        Assert.That(result.StandardOutput, Does.Not.Contain("Storage consistency"));
    }

    private static long SimGiB(int gib) => gib * 1024L * 1024 * 1024;
}
