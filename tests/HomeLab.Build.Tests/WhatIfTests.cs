using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// <c>--dryrun</c> / <c>--whatif</c> through the built host: each task that would run says what it would do, in run
/// order, on the console and in artifacts/whatif.json, while nothing runs: no Proxmox call (the simulator's journal
/// stays empty), no tool (every tool on PATH is a recording fake), no file of the lab written, no secret shown.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public class WhatIfTests
{
    private const string StackSecret = "whoami-name-secret-5f1c2b";
    private static readonly string[] Tools =
        ["terraform", "packer", "ansible-playbook", "ansible-inventory", "ssh", "doppler", "docker", "docker-compose", "git"];

    [Test]
    public async Task L4_dryrun_shows_every_layer_s_plan_and_runs_nothing_calls_no_api_and_shows_no_secret()
    {
        await using var lab = await WhatIfLab();
        var before = FolderSnapshot.Of(lab.Work.Path);

        var result = await Host(lab).RunAsync("--target=L4", "--dryrun", "--group=ubuntu_docker", "--stack=dock-01/whoami");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = result.StandardOutput;
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(lab.ArtifactsDirectory, "whatif.json")))!;
        var tasks = json["tasks"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(lab.Simulator.Requests.All, Is.Empty, "a dry run asks Proxmox nothing, so it writes nothing there");
            foreach (var tool in Tools)
            {
                Assert.That(FakeTool.RecordedCalls(lab.Bin.Path, tool), Is.Empty, $"{tool} was started");
            }

            Assert.That(FolderSnapshot.Of(lab.Work.Path).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal)),
                Is.EqualTo(before.Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal))), "the lab is left as it was");
            Assert.That(Directory.GetFiles(lab.ArtifactsDirectory, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { "whatif.json" }));

            Assert.That(result.AllOutput + json.ToJsonString(), Does.Not.Contain(lab.Simulator.TokenSecret).And.Not.Contain(StackSecret));

            // The plan's tasks that would run are Cake's own numbered list (printed after the plan), in the same order.
            var cakeOutput = output[output.IndexOf("Wrote artifacts/whatif.json.", StringComparison.Ordinal)..];
            var cakeList = Regex.Matches(cakeOutput, @"^\s*(?:\x1b\[[0-9;]*m)?\d+\. (\w+)(?:\x1b\[[0-9;]*m)?\s*$", RegexOptions.Multiline)
                .Select(match => match.Groups[1].Value).ToList();
            var wouldRun = tasks.Where(task => task!["would_run"]!.GetValue<bool>()).Select(task => task!["task"]!.GetValue<string>()).ToList();
            Assert.That(wouldRun, Is.EqualTo(new[] { "Runway", "BuildTemplates", "PromoteStable", "Templates", "PlanInstances", "Instances", "OS", "ConvergeWorkloads", "DeployStacks", "Workloads" }));
            Assert.That(cakeList, Is.EqualTo(wouldRun));
            Assert.That(tasks.Select(task => task!["task"]!.GetValue<string>()).First(), Is.EqualTo("Secrets"));
            Assert.That(tasks[0]!["skip_reason"]!.GetValue<string>(), Does.StartWith("DOPPLER=0"));

            // L1: the builds and their API calls; the VMID is the next free one.
            var l1 = Steps(tasks, "BuildTemplates");
            Assert.That(l1.Select(step => step["description"]!.GetValue<string>()), Has.Some.StartWith("ubuntu (cloud-image): build, because there is no stable manifest"));
            Assert.That(ApiCalls(l1), Is.SupersetOf(new[]
            {
                "POST /nodes/pve/storage/local/download-url",
                "GET /cluster/nextid",
                "POST /nodes/pve/qemu",
                "POST /nodes/pve/qemu/<next free>/template",
                "POST /nodes/pve/storage/local/upload",
            }));

            // L2: terraform's exact commands for the persona's root, the token secret redacted.
            var plan = Commands(Steps(tasks, "PlanInstances"));
            Assert.That(plan.Select(command => command["arguments"]!.GetValue<string>()), Has.Exactly(1).Match(
                $@"^-chdir=""{Regex.Escape(lab.Work.Path)}/terraform/l2/ubuntu_docker"" plan -no-color -input=false -detailed-exitcode -out=""{Regex.Escape(lab.Work.Path)}/\.cache/l2/ubuntu_docker/plan\.tfplan""$"));
            Assert.That(plan.Select(command => command["program"]!.GetValue<string>()), Has.All.EqualTo(Path.Combine(lab.Bin.Path, "terraform")));
            Assert.That(plan.Select(command => command["working_directory"]!.GetValue<string>()), Has.All.EqualTo(lab.Work.Path));
            Assert.That(Variables(plan[0]), Does.Contain("TF_VAR_pm_token_secret=[REDACTED] secret").And.Contain($"TF_VAR_pm_token_id={lab.Simulator.TokenId} plain"));

            // L3/L4: ansible's commands; the stack's compose commands with its secret's name only.
            var converge = Commands(Steps(tasks, "OS"));
            Assert.That(converge.Select(command => command["program"]!.GetValue<string>()),
                Is.EqualTo(new[] { Path.Combine(lab.Bin.Path, "ansible-inventory"), Path.Combine(lab.Bin.Path, "ansible-playbook") }));
            Assert.That(converge[1]["arguments"]!.GetValue<string>(), Does.EndWith($@"""{lab.Work.Path}/ansible/l3/converge.yaml"""));
            var stacks = Commands(Steps(tasks, "DeployStacks"));
            Assert.That(stacks.Select(command => command["arguments"]!.GetValue<string>()), Has.Some.Contains("up --detach --remove-orphans"));
            Assert.That(stacks.SelectMany(Variables), Has.Some.EqualTo("WHOAMI_NAME=[REDACTED] secret"));

            // The console shows the same plan.
            var flat = OutputAssertions.Flatten(output);
            Assert.That(flat, Does.Contain("What if: the tasks this run would execute, in order; nothing is run (no tool, no API write, no lock)."));
            Assert.That(flat, Does.Contain("- Secrets: skipped (DOPPLER=0"));
            Assert.That(flat, Does.Contain("POST /nodes/pve/qemu/<next free>/template"));
            Assert.That(flat, Does.Contain("TF_VAR_pm_token_secret=[REDACTED]"));
            Assert.That(flat, Does.Contain("This was a dry run."));
        });
    }

    [Test]
    public async Task Whatif_is_the_same_as_dryrun()
    {
        await using var lab = await WhatIfLab();

        var dryRun = await Host(lab).RunAsync("--target=L2", "--dryrun");
        var dryRunPlan = Tasks(lab);
        var whatIf = await Host(lab).RunAsync("--target=L2", "--whatif");

        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
        Assert.That(whatIf.ExitCode, Is.Zero, whatIf.ToString());
        Assert.That(Tasks(lab), Is.EqualTo(dryRunPlan));
        Assert.That(whatIf.StandardOutput, Is.EqualTo(dryRun.StandardOutput));
        Assert.That(lab.Simulator.Requests.All, Is.Empty);
    }

    [Test]
    public async Task A_simulated_dryrun_shows_the_plan_against_the_simulator_and_starts_no_tool()
    {
        await using var lab = await WhatIfLab();

        var result = await new HostRun(lab.Work.Path) { Timeout = TimeSpan.FromSeconds(120) }
            .WithPathFirst(lab.Bin.Path)
            .RunAsync("--target=L3", "--simulate", "--dryrun", "--group=ubuntu_docker");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var flat = OutputAssertions.Flatten(result.StandardOutput);
        Assert.Multiple(() =>
        {
            Assert.That(flat, Does.Contain("- Secrets: skipped (--simulate"));
            Assert.That(flat, Does.Contain("GET /cluster/nextid").And.Contain("POST /nodes/pve/qemu/<next free>/template"));
            Assert.That(flat, Does.Match(@"terraform -chdir=""\S+/artifacts/simulation/lab\.run-[^/""]+/terraform/l2/ubuntu_docker"" init"));
            Assert.That(flat, Does.Contain("L3 converge ubuntu_docker (extra vars: converge_group=ubuntu_docker"));
            foreach (var tool in Tools)
            {
                Assert.That(FakeTool.RecordedCalls(lab.Bin.Path, tool), Is.Empty, $"{tool} was started");
            }

            Assert.That(File.Exists(Path.Combine(lab.ArtifactsDirectory, "whatif.json")), Is.True);
        });
    }

    [Test]
    public async Task A_bad_option_fails_the_dryrun_in_one_line()
    {
        await using var lab = await WhatIfLab();

        var result = await Host(lab).RunAsync("--target=L2", "--dryrun", "--persona=ubuntu/nope");

        OutputAssertions.FailedWithOneErrorLine(result, "--persona 'ubuntu/nope': no such persona; the lab's personas are ubuntu/docker.");
        Assert.That(lab.Simulator.Requests.All, Is.Empty);
    }

    private static async Task<LabEnvironment> WhatIfLab()
    {
        var lab = await LabEnvironment.StartAsync();
        SampleLab.CopyWithTerraformInto(lab.Work.Path);
        CopyFromRepository(lab.Work.Path, "ansible");
        CopyFromRepository(lab.Work.Path, "compose");
        File.Copy(Path.Combine(RepositoryPaths.Root, "ansible.cfg"), Path.Combine(lab.Work.Path, "ansible.cfg"));
        foreach (var tool in Tools)
        {
            FakeTool.WriteVersioned(lab.Bin.Path, tool, "1.0.0");
        }

        return lab;
    }

    private static HostRun Host(LabEnvironment lab) => lab.Host()
        .With("TF_VAR_PROXMOX_VM_PUBLIC_KEY", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIWhatIfTestKeyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX whatif")
        .With("WHOAMI_NAME", StackSecret);

    private static void CopyFromRepository(string work, string folder)
    {
        var source = new DirectoryInfo(Path.Combine(RepositoryPaths.Root, folder));
        foreach (var file in source.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work, folder, Path.GetRelativePath(source.FullName, file.FullName));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            file.CopyTo(target);
        }
    }

    private static string Tasks(LabEnvironment lab) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(lab.ArtifactsDirectory, "whatif.json")))!["tasks"]!.ToJsonString();

    private static List<JsonNode> Steps(JsonArray tasks, string task) =>
        tasks.Single(node => node!["task"]!.GetValue<string>() == task)!["steps"]!.AsArray().Select(step => step!).ToList();

    private static List<string> ApiCalls(IEnumerable<JsonNode> steps) => steps
        .Where(step => step["api_call"] is not null)
        .Select(step => $"{step["api_call"]!["method"]} {step["api_call"]!["path"]}")
        .ToList();

    private static List<JsonNode> Commands(IEnumerable<JsonNode> steps) => steps.Select(step => step["command"]).OfType<JsonNode>().ToList();

    private static IEnumerable<string> Variables(JsonNode command) => command["environment"]!.AsArray()
        .Select(variable => $"{variable!["name"]}={variable["value"]} {(variable["secret"]!.GetValue<bool>() ? "secret" : "plain")}");
}
