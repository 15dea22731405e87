using System.Security.Cryptography;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>L1 through the built host: building, UPDATE_STABLE, controlled promotion, "when required", and the lock.</summary>
public class TemplatesTests
{
    [Test]
    public async Task Simulate_builds_the_sample_lab_in_a_scratch_copy_and_promotes_it()
    {
        using var work = new TempDirectory();
        SampleLab.CopyInto(work.Path);
        var before = Fingerprint(Path.Combine(work.Path, "infra"));

        var result = await new HostRun(work.Path).RunAsync("--target=L1", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var scratch = Path.Combine(work.Path, "artifacts", "simulation", "lab");
        Assert.That(SampleLab.Artifacts(scratch, "ubuntu"), Has.Length.EqualTo(1));
        Assert.That(SampleLab.PromotedFrom(scratch, "ubuntu"), Is.EqualTo(SampleLab.Artifacts(scratch, "ubuntu")[0]));
        Assert.That(SampleLab.PromotedFrom(scratch, "arch", "iso-manifest-stable.json"), Is.Not.Null);
        Assert.That(Fingerprint(Path.Combine(work.Path, "infra")), Is.EqualTo(before), "the operator's lab is untouched");
    }

    [Test]
    public async Task Two_simulated_runs_at_once_each_work_on_their_own_copy_and_one_is_left_whole()
    {
        using var work = new TempDirectory();
        SampleLab.CopyInto(work.Path);

        var runs = await Task.WhenAll(
            new HostRun(work.Path).RunAsync("--target=L1", "--simulate"),
            new HostRun(work.Path).RunAsync("--target=L1", "--simulate"));

        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
        }

        var simulation = Path.Combine(work.Path, "artifacts", "simulation");
        Assert.That(Directory.GetDirectories(simulation).Select(Path.GetFileName), Is.EqualTo(new[] { "lab" }), "no run's own copy is left behind");
        var scratch = Path.Combine(simulation, "lab");
        Assert.That(SampleLab.Artifacts(scratch, "ubuntu"), Has.Length.EqualTo(1), "the copy left is one run's, whole");
        Assert.That(SampleLab.PromotedFrom(scratch, "ubuntu"), Is.EqualTo(SampleLab.Artifacts(scratch, "ubuntu")[0]));
    }

    [TestCase(null, true)]
    [TestCase("yes", true)]
    [TestCase("no", false)]
    [TestCase("YES", false)]
    [TestCase("1", false)]
    [TestCase("", false)]
    public async Task Only_an_unset_or_exactly_yes_UPDATE_STABLE_promotes(string? updateStable, bool promotes)
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);

        var result = await lab.Host().With("UPDATE_STABLE", updateStable).RunAsync("--target=L1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(1), "the build happens either way");
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), promotes ? Is.EqualTo(SampleLab.Artifacts(lab.Work.Path, "ubuntu")[0]) : Is.Null);
        if (!promotes)
        {
            var output = OutputAssertions.Flatten(result.StandardOutput);
            Assert.That(output, Does.Contain("UPDATE_STABLE=" + updateStable + ": stable manifests left unchanged; promote later with --target=Promote."));
            Assert.That(output, Does.Match("PromoteStable - Skipped UPDATE_STABLE is not 'yes': stable manifests left unchanged"));
        }
    }

    [Test]
    public async Task L1_alone_builds_and_with_UPDATE_STABLE_no_says_why_it_does_not_promote()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);

        var result = await lab.Host().With("UPDATE_STABLE", "no").RunAsync("--target=L1", "--exclusive");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(1), "--exclusive runs all of L1's own tasks");
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.Null);
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("PromoteStable: skipped: UPDATE_STABLE is not 'yes'"));
        Assert.That(result.StandardOutput, Does.Not.Contain("Runway"), "and none of the layers below");
    }

    [Test]
    public async Task An_UPDATE_STABLE_kept_in_Doppler_takes_effect()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        FakeTool.Write(lab.Bin.Path, "doppler",
            $$"""echo '{"PM_TOKEN_SECRET":"{{lab.Simulator.TokenSecret}}","UPDATE_STABLE":"no"}'""");

        var result = await lab.HostWithoutSecrets().With("UPDATE_STABLE", "yes").RunAsync("--target=L1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("Doppler: 2 secrets loaded (PM_TOKEN_SECRET, UPDATE_STABLE)"));
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(1));
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.Null, "Doppler's UPDATE_STABLE=no wins over the shell's yes, as under doppler run");
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Match("PromoteStable - Skipped"));
    }

    [Test]
    public async Task Promote_moves_the_stable_manifest_later_and_previous_rolls_it_back()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        var first = await lab.Host().RunAsync("--target=L1");
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // artifact names carry the UTC second
        var second = await lab.Host().With("UPDATE_STABLE", "no").RunAsync("--target=L1");
        Assert.That(first.ExitCode + second.ExitCode, Is.Zero, first + "\n" + second);
        var artifacts = SampleLab.Artifacts(lab.Work.Path, "ubuntu");
        Assert.That(artifacts, Has.Length.EqualTo(2));
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.EqualTo(artifacts[0]));

        var promote = await lab.Host().RunAsync("--target=Promote", "--os=ubuntu", $"--artifact={artifacts[1]}");
        Assert.That(promote.ExitCode, Is.Zero, promote.ToString());
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.EqualTo(artifacts[1]));

        var rollback = await lab.Host().RunAsync("--target=Promote", "--os=ubuntu", "--previous");
        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.EqualTo(artifacts[0]));

        var list = await lab.Host().RunAsync("--target=Templates:List");
        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.That(OutputAssertions.Flatten(list.StandardOutput), Does.Contain($"{artifacts[0]} ").And.Contain("stable"));
    }

    [Test]
    public async Task Promote_refuses_an_artifact_whose_template_is_gone_from_proxmox()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        var build = await lab.Host().With("UPDATE_STABLE", "no").RunAsync("--target=L1");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        var artifact = SampleLab.Artifacts(lab.Work.Path, "ubuntu")[0];
        foreach (var vm in lab.Simulator.State.Node("pve").Vms.ToList())
        {
            lab.Simulator.State.Node("pve").RemoveVm(vm.VmId);
        }

        var promote = await lab.Host().RunAsync("--target=Promote", "--os=ubuntu", $"--artifact={artifact}");

        OutputAssertions.FailedWithOneErrorLine(promote, $"Not promoting ubuntu/{artifact}");
        Assert.That(SampleLab.PromotedFrom(lab.Work.Path, "ubuntu"), Is.Null);
    }

    [Test]
    public async Task Below_a_higher_layer_L1_builds_only_when_required()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        var first = await lab.Host().RunAsync("--target=L1");
        Assert.That(first.ExitCode, Is.Zero, first.ToString());

        var asDependency = await lab.Host().RunAsync("--target=L2");

        Assert.That(asDependency.StandardOutput, Does.Contain("ubuntu: skipped"));
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(1), "nothing rebuilt");

        foreach (var vm in lab.Simulator.State.Node("pve").Vms.ToList())
        {
            lab.Simulator.State.Node("pve").RemoveVm(vm.VmId);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var afterLoss = await lab.Host().RunAsync("--target=L2");
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(2), "the lost template is rebuilt: " + afterLoss.StandardOutput);
    }

    [Test]
    public async Task Rebuild_templates_builds_even_below_a_higher_layer()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        var first = await lab.Host().RunAsync("--target=L1");
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1.1));

        var forced = await lab.Host().RunAsync("--target=L2", "--rebuild-templates");

        Assert.That(forced.ExitCode, Is.Zero, forced.ToString());
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Has.Length.EqualTo(2), forced.StandardOutput);
        Assert.That(forced.StandardOutput, Does.Contain("No personas to plan"), "L2 ran after the rebuild");
    }

    [Test]
    public async Task An_unknown_os_is_one_line_naming_the_ones_the_lab_has()
    {
        await using var lab = await LabEnvironment.StartAsync();
        SampleLab.WriteCloudImageLab(lab.Work.Path);

        var result = await lab.Host().RunAsync("--target=L1", "--os=ubuntu,plan9");

        OutputAssertions.FailedWithOneErrorLine(result, "Unknown OS 'plan9' in --os; the lab has: ubuntu.");
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Is.Empty);
    }

    [Test]
    public async Task A_lab_directory_that_does_not_exist_is_one_line()
    {
        using var work = new TempDirectory();
        var missing = Path.Combine(work.Path, "no-such-lab");

        var result = await new HostRun(work.Path).RunAsync("--target=List-Templates", $"--lab={missing}");

        OutputAssertions.FailedWithOneErrorLine(result, $"The lab directory '{missing}' does not exist; check --lab.");
    }

    [Test]
    public async Task A_second_run_that_would_write_manifests_fails_at_once_naming_the_holder()
    {
        await using var lab = await LabEnvironment.StartAsync();
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        var holder = Environment.ProcessId; // alive for the whole test
        File.WriteAllText(Path.Combine(lab.Work.Path, ".homelab.lock"),
            $$"""{"pid":{{holder}},"host":"{{Environment.MachineName}}","since":"{{DateTimeOffset.UtcNow:O}}","purpose":"L1 Templates","token":"t"}""");

        var result = await lab.Host().RunAsync("--target=L1");

        OutputAssertions.FailedWithOneErrorLine(result, $"locked by pid {holder}");
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Is.Empty);
    }

    [Test]
    public async Task A_stale_lock_is_taken_over()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);
        File.WriteAllText(Path.Combine(lab.Work.Path, ".homelab.lock"),
            $$"""{"pid":4194303,"host":"{{Environment.MachineName}}","since":"2026-01-01T00:00:00Z","purpose":"L1 Templates","token":"t"}""");

        var result = await lab.Host().RunAsync("--target=L1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.AllOutput, Does.Contain("4194303"));
        Assert.That(File.Exists(Path.Combine(lab.Work.Path, ".homelab.lock")), Is.False, "released at the end");
    }

    // Every file's path and content hash below a directory.
    private static string Fingerprint(string directory) => string.Join('\n',
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order()
            .Select(file => Path.GetRelativePath(directory, file) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))));
}
