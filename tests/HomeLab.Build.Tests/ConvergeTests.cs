using System.Text.Json.Nodes;
using HomeLab.Build.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Build.Tests;

/// <summary>
/// L3, L4, Reboot and Shutdown through the built host with the real ansible-core over SSH to a real sshd on 127.0.0.1
/// (<see cref="SshTestHost"/>), on a lab whose playbooks only write marker files (<see cref="ConvergeLab"/>). Each
/// playbook run checks several things; there are about a dozen of them.
/// </summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "sshd and ansible-core run on Linux.")]
public class ConvergeTests
{
    private SshTestHost _ssh = null!;

    [OneTimeSetUp]
    public void StartSshHost()
    {
        if (!File.Exists("/usr/bin/ansible-playbook") && !OnPath("ansible-playbook"))
        {
            Assert.Fail("ansible-playbook was not found: install ansible-core (apt-get install ansible-core); the converge tests run the real one over SSH.");
        }

        _ssh = SshTestHost.Start();
    }

    [OneTimeTearDown]
    public void StopSshHost() => _ssh?.Dispose();

    [Test]
    public async Task L3_converges_the_group_with_the_options_over_TAGS_and_LIMIT_then_shows_and_keeps_the_recap_and_leaks_no_secret()
    {
        using var lab = new ConvergeLab(_ssh);

        var result = await lab.Host().With("TAGS", "step_motd").With("LIMIT", "web2")
            .RunAsync("--target=L3", "--exclusive", "--group=webs", "--tags=step_marker,step_secret", "--limit=web1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(lab.Markers(), Is.EqualTo(new[] { "l3-marker-web1", "l3-secret-web1" }), "--tags and --limit win over TAGS and LIMIT");
            Assert.That(lab.Marker("l3-marker-web1"), Is.EqualTo("webs\n"), "converge_group arrived");
            Assert.That(lab.Marker("l3-secret-web1"), Is.EqualTo(ConvergeLab.Secret), "the playbook read the secret from its environment");
            Assert.That(result.StandardOutput, Does.Contain("converge_group=webs"));
            Assert.That(result.StandardOutput, Does.Contain("the token is [REDACTED]"), "ansible's own output streams, masked");
            var ansibleRecap = result.StandardOutput.IndexOf("PLAY RECAP *", StringComparison.Ordinal);
            var table = result.StandardOutput.IndexOf("L3 converge webs", ansibleRecap + 1, StringComparison.Ordinal);
            Assert.That(ansibleRecap, Is.GreaterThan(0));
            Assert.That(table, Is.GreaterThan(ansibleRecap), "the table comes after ansible's own output");
            Assert.That(OutputAssertions.Flatten(result.StandardOutput[table..]), Does.Contain("web1 CHANGED 3 2 0 0 1 0 0")
                .And.Contain("PLAY RECAP: 1 host: 0 ok, 1 changed, 0 failed, 0 unreachable"));

            var recap = Json(lab.Artifacts("l3", "recap.json"));
            Assert.That(recap["playbook"]!.GetValue<string>(), Does.EndWith("/ansible/l3/converge.yaml"));
            Assert.That((recap["exit_code"]!.GetValue<int>(), recap["check"]!.GetValue<bool>(), recap["succeeded"]!.GetValue<bool>()), Is.EqualTo((0, false, true)));
            Assert.That(recap["hosts"]!.AsArray().Select(host => $"{host!["host"]} {host["outcome"]} {host["changed"]}"), Is.EqualTo(new[] { "web1 changed 2" }));
            Assert.That(Directory.GetFiles(lab.Artifacts("l3"), "*.xml"), Has.Length.EqualTo(1), "JUnit XML for CI");
            Assert.That(File.ReadAllText(Directory.GetFiles(lab.Artifacts("l3"), "*.xml")[0]), Does.Contain("<testsuite"));
            lab.AssertNoSecret(result);
        });
    }

    [Test]
    public async Task Check_mode_changes_nothing_shows_the_diff_and_takes_TAGS_and_LIMIT_from_the_environment()
    {
        using var lab = new ConvergeLab(_ssh);

        var result = await lab.Host().With("TAGS", "step_motd").With("LIMIT", "web2").RunAsync("--target=L3", "--exclusive", "--group=webs", "--check");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(lab.Markers(), Is.Empty, "check mode writes nothing");
        Assert.That(result.StandardOutput, Does.Contain("+++ after").And.Contain("+motd"), "--check comes with --diff");
        Assert.That(result.StandardOutput, Does.Not.Contain("l3-marker-").And.Not.Contain("web1"), "TAGS and LIMIT apply");
        var recap = Json(lab.Artifacts("l3", "recap.json"));
        Assert.That(recap["check"]!.GetValue<bool>(), Is.True);
        Assert.That(recap["hosts"]!.AsArray().Select(host => host!["host"]!.GetValue<string>()), Is.EqualTo(new[] { "web2" }));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("L3 converge webs (check mode)"));
    }

    [Test]
    public async Task A_failed_and_an_unreachable_host_fail_the_run_in_one_line_naming_them_after_the_recap()
    {
        using var lab = new ConvergeLab(_ssh);

        var result = await lab.Host().RunAsync("--target=L3", "--exclusive", "--group=trouble");

        OutputAssertions.FailedWithOneErrorLine(result, "failed: bad");
        var error = result.AllOutput.Split('\n').Single(line => line.StartsWith("Error: ", StringComparison.Ordinal));
        Assert.That(error, Does.Contain("unreachable: gone"));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("bad FAILED").And.Contain("gone UNREACH")
            .And.Contain("PLAY RECAP: 2 hosts: 0 ok, 0 changed, 1 failed, 1 unreachable"));
        var recap = Json(lab.Artifacts("l3", "recap.json"));
        Assert.That(recap["succeeded"]!.GetValue<bool>(), Is.False);
        Assert.That(recap["hosts"]!.AsArray().Select(host => $"{host!["host"]} {host["outcome"]}"), Is.EqualTo(new[] { "bad failed", "gone unreachable" }));
    }

    [Test]
    public async Task A_missing_or_unknown_group_is_one_line_listing_the_groups_and_no_playbook_runs()
    {
        using var lab = new ConvergeLab(_ssh);

        var missing = await lab.Host().RunAsync("--target=L3", "--exclusive");
        var unknown = await lab.Host().RunAsync("--target=L4", "--exclusive", "--group=caches");
        var stackOnly = await lab.Host().RunAsync("--target=L4", "--exclusive", "--stack=web1/whoami");

        OutputAssertions.FailedWithOneErrorLine(missing, "L3 needs --group=<group>; the inventory's groups are trouble, webs.");
        OutputAssertions.FailedWithOneErrorLine(unknown, "Unknown group 'caches' (--group); the inventory's groups are trouble, webs.");
        OutputAssertions.FailedWithOneErrorLine(stackOnly, "--stack=web1/whoami: compose/web1/whoami/compose.yaml does not exist");
        Assert.That(stackOnly.StandardOutput, Does.Contain("ConvergeWorkloads: skipped: neither --group nor --workload; this run asks only for --stack"),
            "--stack alone converges nothing and goes on to the stacks");
        Assert.That(missing.StandardOutput + unknown.StandardOutput + stackOnly.StandardOutput, Does.Not.Contain("PLAY"));
        Assert.That(File.Exists(lab.Artifacts("l3", "recap.json")) || File.Exists(lab.Artifacts("l4", "recap.json")), Is.False);
    }

    [Test]
    public async Task Reboot_keeps_the_original_mapping_for_each_action_with_REBOOT_ACTION_as_fallback_and_refuses_any_other()
    {
        using var lab = new ConvergeLab(_ssh);
        var expected = new Dictionary<string, string>
        {
            ["dryrun"] = "webs reboot_action=dryrun force_reboot=false diff=True forks=5\n",
            ["check"] = "webs reboot_action=check force_reboot=false diff=False forks=5\n",
            ["force"] = "webs reboot_action=check force_reboot=true diff=False forks=1\n",
        };

        var dryrun = await lab.Host().With("REBOOT_ACTION", "force").RunAsync("--target=Reboot", "--group=webs", "--action=dryrun");
        var afterDryrun = lab.Marker("reboot-web1");
        var check = await lab.Host().With("REBOOT_ACTION", "Check").RunAsync("--target=Reboot", "--group=webs");
        var afterCheck = lab.Marker("reboot-web2");
        var force = await lab.Host().RunAsync("--target=Reboot", "--group=webs", "--action=force");
        var afterForce = lab.Marker("reboot-web1");
        lab.ClearMarkers();
        var invalid = await lab.Host().RunAsync("--target=Reboot", "--group=webs", "--action=now");

        Assert.Multiple(() =>
        {
            foreach (var run in new[] { dryrun, check, force })
            {
                Assert.That(run.ExitCode, Is.Zero, run.ToString());
                Assert.That(run.StandardOutput, Does.Not.Contain("Runway").And.Not.Contain("PlanInstances"), "Reboot depends on Secrets only");
            }

            Assert.That(afterDryrun, Is.EqualTo(expected["dryrun"]), "--action wins over REBOOT_ACTION");
            Assert.That(afterCheck, Is.EqualTo(expected["check"]), "REBOOT_ACTION, case-insensitive");
            Assert.That(afterForce, Is.EqualTo(expected["force"]));
            OutputAssertions.FailedWithOneErrorLine(invalid, "'now' is not a reboot action; use --action=dryrun (report only), check (reboot where required) or force");
            Assert.That(invalid.StandardOutput, Does.Not.Contain("PLAY"));
            Assert.That(lab.Markers(), Is.Empty, "no ansible ran for an invalid action");
        });
    }

    [Test]
    public async Task Shutdown_runs_nothing_without_the_group_confirmed_and_passes_shutdown_action_with_it()
    {
        using var lab = new ConvergeLab(_ssh);

        var unconfirmed = await lab.Host().RunAsync("--target=Shutdown", "--group=webs");
        var wrong = await lab.Host().RunAsync("--target=Shutdown", "--group=webs", "--confirm=trouble");
        var nothing = lab.Markers();
        var confirmed = await lab.Host().RunAsync("--target=Shutdown", "--group=webs", "--confirm=webs");

        OutputAssertions.FailedWithOneErrorLine(unconfirmed, "Not shutting down webs: Shutdown turns every host of the group off now; to go ahead, add --confirm=webs.");
        OutputAssertions.FailedWithOneErrorLine(wrong, "add --confirm=webs");
        Assert.That(unconfirmed.StandardOutput + wrong.StandardOutput, Does.Not.Contain("PLAY").And.Not.Contain("ansible-inventory"));
        Assert.That(nothing, Is.Empty, "nothing ran without --confirm");
        Assert.That(confirmed.ExitCode, Is.Zero, confirmed.ToString());
        Assert.That((lab.Marker("shutdown-web1"), lab.Marker("shutdown-web2")), Is.EqualTo(("now\n", "now\n")));
        Assert.That(confirmed.StandardOutput, Does.Contain("shutdown_action=now"));
    }

    [Test]
    public async Task A_workload_preset_converges_its_group_and_tags_at_L4_and_List_Workloads_shows_the_presets()
    {
        using var lab = new ConvergeLab(_ssh);

        var result = await lab.Host().RunAsync("--target=L4", "--exclusive", "--workload=web-config");
        var unknown = await lab.Host().RunAsync("--target=L4", "--exclusive", "--workload=gatus");
        var list = await lab.Host().RunAsync("--target=List-Workloads");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(lab.Markers(), Is.EqualTo(new[] { "l4-config-web1", "l4-config-web2" }), "the preset's group and tags");
        Assert.That(lab.Marker("l4-config-web1"), Is.EqualTo("webs\n"));
        Assert.That(Json(lab.Artifacts("l4", "recap.json"))["playbook"]!.GetValue<string>(), Does.EndWith("/ansible/l4/converge.yaml"));
        Assert.That(Directory.GetFiles(lab.Artifacts("l4"), "*.xml"), Is.Not.Empty);
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("ConvergeWorkloads").And.Contain("L4 converge webs"));
        OutputAssertions.FailedWithOneErrorLine(unknown, "Unknown workload 'gatus' (--workload); the presets are web-config.");
        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.That(OutputAssertions.Flatten(list.StandardOutput), Does.Contain("web-config webs step_whoami_config Only whoami's configuration"));
    }

    [Test]
    public async Task A_dryrun_prints_the_commands_starts_no_ansible_and_checks_the_group_against_a_kept_listing()
    {
        using var lab = new ConvergeLab(_ssh);
        var before = FolderSnapshot.Of(lab.Root);

        var fresh = await lab.Host().RunAsync("--target=L3", "--exclusive", "--group=webs", "--dryrun");
        var untouched = FolderSnapshot.Of(lab.Root).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal)).ToList();
        var converged = await lab.Host().RunAsync("--target=L3", "--exclusive", "--group=webs");
        lab.ClearMarkers();
        var known = await lab.Host().RunAsync("--target=L3", "--exclusive", "--group=webs", "--dryrun");
        var unknown = await lab.Host().RunAsync("--target=L3", "--exclusive", "--group=caches", "--dryrun");

        Assert.That(fresh.ExitCode, Is.Zero, fresh.ToString());
        Assert.That(converged.ExitCode, Is.Zero, converged.ToString());
        Assert.That(known.ExitCode, Is.Zero, known.ToString());
        var output = OutputAssertions.Flatten(fresh.StandardOutput);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"read the inventory, to check that it has 'webs' \S*ansible-inventory -i ""[^""]*/ansible/inventory"" --list"));
            Assert.That(output, Does.Contain("L3 converge webs (extra vars: converge_group=webs"));
            Assert.That(output, Does.Match(@"ansible-playbook -i ""[^""]*/ansible/inventory"" -e ""@[^""]*/extra-vars.json"" ""[^""]*/ansible/l3/converge.yaml"""));
            Assert.That(output, Does.Contain("environment: ANSIBLE_CALLBACKS_ENABLED=junit"));
            Assert.That(fresh.StandardOutput + known.StandardOutput, Does.Not.Contain("PLAY").And.Not.Contain("hosts (2)"), "ansible did not run");
            Assert.That(lab.Markers(), Is.Empty, "no host was touched");
            Assert.That(untouched, Is.EqualTo(before.Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal))), "a dry run keeps no listing");
            Assert.That(OutputAssertions.Flatten(known.StandardOutput), Does.Contain("the inventory has 'webs' (checked against the listing kept from an earlier run)"));
            OutputAssertions.FailedWithOneErrorLine(unknown, "Unknown group 'caches' (--group); the inventory's groups are trouble, webs.");
            lab.AssertNoSecret(fresh);
            lab.AssertNoSecret(known);
        });
    }

    [TestCase("--simulate", "L3")]
    [TestCase("--simulate", "L4")]
    public async Task A_simulation_prints_the_command_and_ansible_s_listing_and_touches_no_host(string mode, string layer)
    {
        using var lab = new ConvergeLab(_ssh);
        var before = FolderSnapshot.Of(lab.Root);

        var result = await lab.Host().RunAsync($"--target={layer}", "--exclusive", "--group=webs", mode);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        var folder = layer.ToLowerInvariant();
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain($"{layer} converge webs: {mode} changes no host; it would run:"));
            Assert.That(output, Does.Match($@"ansible-playbook -i ""[^""]*/ansible/inventory"" -e ""@[^""]*/extra-vars.json"" ""[^""]*/ansible/{folder}/converge.yaml"""));
            Assert.That(output, Does.Contain("environment: ANSIBLE_CALLBACKS_ENABLED, ANSIBLE_CONFIG, JUNIT_HIDE_TASK_ARGUMENTS, JUNIT_OUTPUT_DIR; extra vars: converge_group=webs"));
            Assert.That(output, Does.Match(@"hosts \(2\): (web1 web2|web2 web1) tasks:"), "ansible's own --list-hosts");
            Assert.That(output, Does.Contain(layer == "L3" ? "The marker records the group" : "The whoami configuration"), "and --list-tasks");
            Assert.That(lab.Markers(), Is.Empty, "no host was touched");
            Assert.That(File.Exists(lab.Artifacts(folder, "recap.json")), Is.False);
            Assert.That(FolderSnapshot.Of(lab.Root).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal)), Is.EqualTo(before));
            lab.AssertNoSecret(result);
        });
    }

    [Test]
    public async Task Without_ansible_the_commands_are_printed_and_the_run_fails_in_one_line_while_a_simulation_notes_it()
    {
        using var lab = new ConvergeLab(_ssh);
        using var empty = new Support.TempDirectory("homelab-bin-");

        var real = await lab.Host().With("PATH", empty.Path).RunAsync("--target=L3", "--exclusive", "--group=webs");
        var simulated = await lab.Host().With("PATH", empty.Path).RunAsync("--target=L3", "--exclusive", "--group=webs", "--simulate");

        OutputAssertions.FailedWithOneErrorLine(real, "ansible-playbook and ansible-inventory were not found on PATH; L3 needs them: apt-get install ansible-core");
        foreach (var run in new[] { real, simulated })
        {
            var output = OutputAssertions.Flatten(run.StandardOutput);
            Assert.That(output, Does.Contain("L3 would run:").And.Contain("ansible-inventory -i").And.Contain("--list"));
            Assert.That(output, Does.Match(@"ansible-playbook -i ""[^""]*/ansible/inventory"" -e ""@[^""]*"" ""[^""]*/ansible/l3/converge.yaml"""));
            Assert.That(output, Does.Contain("extra vars: converge_group=webs"));
        }

        Assert.That(simulated.ExitCode, Is.Zero, simulated.ToString());
        Assert.That(OutputAssertions.Flatten(simulated.StandardOutput), Does.Contain("Note: ansible-playbook and ansible-inventory were not found on PATH"));
    }

    [Test]
    public async Task Under_L3_L2_only_plans_its_changes_do_not_block_and_its_hosts_are_the_first_inventory_the_lab_s_winning()
    {
        await using var instances = await InstanceLab.StartAsync();
        foreach (var fake in new[] { "ansible-playbook", "ssh" })
        {
            File.Delete(Path.Combine(instances.Bin, fake));
        }

        RealTerraform.Wrap(instances.Bin);
        instances.AddPersona("ubuntu", "docker", 9000, ("web1", "10.20.0.21"), ("web2", "10.20.0.22"));
        using var lab = new ConvergeLab(_ssh, instances.Root);

        // The persona's group exists only in L2's inventory; its hosts' addresses come from the hand-written one.
        var result = await instances.Host().With("PM_TOKEN_SECRET", instances.TokenSecret).RunAsync("--target=L3", "--group=ubuntu_docker", "--tags=step_marker");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.That(output, Does.Contain("ubuntu/docker: 2 to add").And.Contain("ApplyInstances - Skipped plan only; set APPLY=1 to apply"));
        Assert.That(output, Does.Match("OS [0-9:.]+ Succeeded"));
        var rendered = File.ReadAllText(lab.Artifacts("l3", "inventory.l2.yaml"));
        Assert.That(rendered, Does.Contain("ansible_host: \"10.20.0.21\"").And.Contain("\"ubuntu_docker\":"));
        Assert.That((lab.Marker("l3-marker-web1"), lab.Marker("l3-marker-web2")), Is.EqualTo(("ubuntu_docker\n", "ubuntu_docker\n")),
            "the hosts were reached at the hand-written inventory's address");
        Assert.That(result.AllOutput, Does.Not.Contain(instances.TokenSecret));
    }

    [Test]
    public async Task Simulating_L4_on_the_sample_lab_runs_L0_to_L2_against_the_simulator_and_ends_OK_with_the_listings()
    {
        using var work = new Support.TempDirectory();
        SampleLab.CopyWithTerraformInto(work.Path);
        foreach (var folder in new[] { "ansible", "compose" })
        {
            CopyTree(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(work.Path, folder));
        }

        File.Copy(Path.Combine(RepositoryPaths.Root, "ansible.cfg"), Path.Combine(work.Path, "ansible.cfg"));
        using var bin = new Support.TempDirectory("homelab-bin-");
        var before = FolderSnapshot.Of(work.Path);

        var result = await new HostRun(work.Path).WithOnlyPath(bin.Path).RunAsync("--target=L4", "--simulate", "--group=ubuntu_docker");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.That(output, Does.Contain("Note: terraform was not found on PATH"), "L2 notes what it cannot do");
        Assert.That(output, Does.Contain("L3 converge ubuntu_docker: --simulate changes no host").And.Contain("L4 converge ubuntu_docker: --simulate changes no host"));
        Assert.That(output, Does.Match(@"hosts \(2\): (dock-01 dock-02|dock-02 dock-01)"));
        Assert.That(output, Does.Contain("The whoami configuration is rendered"));
        Assert.That(File.ReadAllText(Path.Combine(work.Path, "artifacts", "l3", "inventory.l2.yaml")), Does.Contain("\"dock-01\""), "L2's hosts, rendered");
        Assert.That(FolderSnapshot.Of(work.Path).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal) && !entry.StartsWith(".cache", StringComparison.Ordinal)),
            Is.EqualTo(before), "nothing the operator owns was touched");
        Assert.That(File.Exists(Path.Combine(work.Path, "artifacts", "simulation", "lab", "ansible", "l3", "converge.yaml")), Is.True, "the copy has the Ansible files");
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static JsonNode Json(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static bool OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, name)));
}
