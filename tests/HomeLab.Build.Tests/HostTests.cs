using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>The HomeLab task graph and command line, through the built host.</summary>
public class HostTests
{
    [Test]
    public async Task Default_lists_the_layers_and_how_to_run_them()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        foreach (var (alias, task) in new[] { ("L0", "Runway"), ("L1", "Templates"), ("L2", "Instances"), ("L3", "OS"), ("L4", "Workloads") })
        {
            Assert.That(result.StandardOutput, Does.Match($@"{alias}\s+{task}"));
        }

        Assert.That(result.StandardOutput, Does.Contain("./build.sh --target=L2 --simulate"));
        Assert.That(result.StandardOutput, Does.Contain("--target=Promote").And.Contain("--target=Clean"));
        Assert.That(Directory.EnumerateFileSystemEntries(work.Path), Is.Empty, "Default changes nothing");
    }

    [Test]
    public async Task L3_without_a_group_says_so_in_one_line_after_the_layers_below()
    {
        await using var lab = await LabEnvironment.StartAsync();
        File.Delete(Path.Combine(lab.Bin.Path, "ansible-playbook"));

        var result = await lab.Host().RunAsync("--target=L3");

        // L2 wrote a hosts.json without hosts, so L2's inventory has no groups.
        OutputAssertions.FailedWithOneErrorLine(result, "L3 needs --group=<group>; the inventory has no groups.");
        Assert.That(result.StandardOutput, Does.Contain("L0 Runway: OK"), "the layers below ran first");
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Match("PlanInstances [0-9:.]+ Succeeded"), "L2 ran too");
    }

    [TestCase("L3")]
    [TestCase("L4")]
    public async Task A_converge_in_a_lab_without_an_inventory_says_what_to_write_when_run_alone(string layer)
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).With("DOPPLER", "0").RunAsync($"--target={layer}", "--exclusive", "--group=webs");

        OutputAssertions.FailedWithOneErrorLine(result, "No inventory: the lab has no ansible/inventory/");
    }

    [Test]
    public async Task Exclusive_runs_one_layer_alone()
    {
        await using var lab = await LabEnvironment.StartAsync();
        FakeTool.Write(lab.Bin.Path, "doppler", """[ "$1" = "--version" ] && echo 'v3.75.1' && exit 0; echo 'Doppler Error: not logged in' >&2; exit 1""");

        // Doppler is on, but without --exclusive Secrets would run first and fail on the fake doppler.
        var result = await lab.HostWithoutSecrets()
            .With("PM_TOKEN_SECRET", lab.Simulator.TokenSecret)
            .RunAsync("--target=L0", "--exclusive");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Not.Contain("Secrets"));
        Assert.That(FakeTool.RecordedCalls(lab.Bin.Path, "doppler"), Is.EqualTo(new[] { "--version" }));
        Assert.That(result.StandardOutput, Does.Contain("L0 Runway: OK"));
    }

    [Test]
    public async Task The_layer_aliases_and_the_task_names_are_the_same_target()
    {
        using var work = new TempDirectory();

        var byAlias = await new HostRun(work.Path).RunAsync("--target=l1", "--dryrun");
        var byName = await new HostRun(work.Path).RunAsync("--target=Templates", "--dryrun");

        Assert.That(byAlias.ExitCode, Is.Zero, byAlias.ToString());
        Assert.That(byAlias.StandardOutput, Does.Contain("Secrets").And.Contain("Runway").And.Contain("Templates"));
        Assert.That(byAlias.StandardOutput, Is.EqualTo(byName.StandardOutput));
    }

    [Test]
    public async Task Tree_shows_each_layer_under_the_one_above()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--tree");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        // Each layer appears below (after) the one that depends on it, in one branch of the tree.
        var position = 0;
        foreach (var task in new[] { "Workloads", "└─OS", "└─Instances", "└─Templates", "└─PromoteStable", "└─BuildTemplates", "└─Runway", "└─Secrets" })
        {
            position = result.StandardOutput.IndexOf(task, position, StringComparison.Ordinal);
            Assert.That(position, Is.GreaterThanOrEqualTo(0), $"{task} below the one before it:\n{result.StandardOutput}");
        }
    }

    [Test]
    public async Task An_unknown_target_is_one_line_and_a_non_zero_exit()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--target=L9");

        OutputAssertions.FailedWithOneErrorLine(result, "The target 'L9' was not found.");
    }

    [Test]
    public async Task A_bad_option_value_is_one_line_and_a_non_zero_exit()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--verbosity=loud");

        OutputAssertions.FailedWithOneErrorLine(result, "loud");
    }

    [Test]
    public async Task Version_prints_the_host_version()
    {
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--version");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.StandardOutput.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
    }
}
