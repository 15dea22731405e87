using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// L2 through the built host with the real terraform on offline roots (<c>terraform_data</c> only) behind a wrapper that
/// logs its arguments, against the simulator: plan by default, apply of exactly the saved plan, gated destroy, exit
/// codes, whole output per persona, validation before terraform, no terraform at all, and <c>--simulate</c>.
/// </summary>
public class InstancesTests
{
    private static readonly (string, string)[] DockerHosts = [("dock-01", "10.20.0.21"), ("dock-02", "10.20.0.22")];
    private static readonly (string, string)[] DevopsHosts = [("dev-01", "10.30.0.11")];

    [Test]
    public async Task Plan_by_default_summarises_writes_the_artifacts_and_keeps_the_plan_private()
    {
        await using var lab = await TwoPersonaLab();

        // The whole chain (L0, an L1 with nothing to build, then L2), so that ApplyInstances is a skipped dependency.
        var result = await lab.Host().RunAsync("--target=L2");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("ubuntu/docker: 2 to add, 0 to change, 0 to replace, 0 to destroy"));
            Assert.That(output, Does.Contain("arch/devops: 1 to add, 0 to change, 0 to replace, 0 to destroy"));
            Assert.That(Compact(output), Does.Contain("""ubuntu/docker2000+terraform_data.vm["dock-01"]+terraform_data.vm["dock-02"]"""));
            Assert.That(Compact(output), Does.Contain("""arch/devops1000+terraform_data.vm["dev-01"]"""));
            Assert.That(output, Does.Contain("ApplyInstances - Skipped plan only; set APPLY=1 to apply"));
        });

        var plan = lab.ReadArtifact("ubuntu_docker", "plan.json");
        Assert.Multiple(() =>
        {
            Assert.That(plan["persona"]!.GetValue<string>(), Is.EqualTo("ubuntu/docker"));
            Assert.That(plan["has_changes"]!.GetValue<bool>(), Is.True);
            Assert.That(plan["summary"]!["add"]!.AsArray().Select(address => address!.GetValue<string>()),
                Is.EqualTo(new[] { """terraform_data.vm["dock-01"]""", """terraform_data.vm["dock-02"]""" }));
            Assert.That(plan["plan"]!["resource_changes"]!.AsArray(), Has.Count.EqualTo(2), "the plan itself is there");
            Assert.That(lab.ReadArtifact("arch_devops", "plan.json")["summary"]!["add"]!.AsArray(), Has.Count.EqualTo(1));
        });

        var hosts = lab.ReadArtifact("hosts.json")["hosts"]!.AsArray().Select(host => string.Join(" ",
            host!["name"], host["ip"], host["ssh_user"], host["tags"]!.ToJsonString(), host["os"], host["persona"], host["node"]));
        Assert.That(hosts, Is.EquivalentTo(new[]
        {
            """dev-01 10.30.0.11 lab ["arch","devops","homelab"] arch devops pve""",
            """dock-01 10.20.0.21 lab ["ubuntu","docker","homelab"] ubuntu docker pve""",
            """dock-02 10.20.0.22 lab ["ubuntu","docker","homelab"] ubuntu docker pve""",
        }));
        Assert.That(lab.ReadArtifact("drift.json")["summary"]!["missing"]!.GetValue<int>(), Is.EqualTo(3));

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(lab.StatePath("ubuntu", "docker")) || File.Exists(lab.StatePath("arch", "devops")), Is.False, "a plan writes no state");
            foreach (var key in new[] { "ubuntu_docker", "arch_devops" })
            {
                var planFile = lab.PlanFile(key);
                Assert.That(File.Exists(planFile), Is.True, planFile);
                Assert.That(InstanceLab.ModeOf(planFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), planFile);
                Assert.That(InstanceLab.ModeOf(Path.GetDirectoryName(planFile)!),
                    Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute), "its folder is the owner's alone");
            }

            AssertNoSecretAnywhere(lab, result);
        });
    }

    [Test]
    public async Task Apply_applies_exactly_the_saved_plan_with_the_TF_VAR_values_and_leaks_no_secret()
    {
        await using var lab = await InstanceLab.StartAsync();
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);
        lab.AddPersona("arch", "devops", 9100, DevopsHosts);

        // Between the plan and the apply, a third host appears in the spec: applying the saved plan must not create it.
        var spec = lab.SpecPath("ubuntu", "docker");
        var grown = lab.WritePersona("ubuntu", "docker", [.. DockerHosts, ("dock-03", "10.20.0.23")]);
        File.Move(grown, spec + ".next");
        lab.WritePersona("ubuntu", "docker", DockerHosts);
        RealTerraform.Wrap(lab.Bin, beforeApply: $"[ -f '{spec}.next' ] && mv '{spec}.next' '{spec}'");

        var applied = await lab.ApplyL2();

        Assert.That(applied.ExitCode, Is.Zero, applied.ToString());
        var calls = RealTerraform.Calls(lab.Bin);
        Assert.Multiple(() =>
        {
            foreach (var key in new[] { "ubuntu_docker", "arch_devops" })
            {
                var own = calls.Where(call => call.Contains($"/terraform/l2/{key} ", StringComparison.Ordinal)).Select(Command).ToArray();
                Assert.That(own, Is.EqualTo(new[] { "init", "validate", "plan", "show", "apply", "output" }), key);
                var apply = calls.Single(call => call.Contains($"/terraform/l2/{key} apply", StringComparison.Ordinal));
                Assert.That(apply, Does.EndWith(lab.PlanFile(key)), "the apply is of the saved plan");
                Assert.That(File.Exists(lab.PlanFile(key)), Is.False, "the plan file is deleted after the apply");

                var outputs = lab.ReadArtifact(key, "outputs.json");
                Assert.That(Value(outputs, "token_secret_sha256"), Is.EqualTo(Sha256(lab.TokenSecret)), "the token secret arrived");
                Assert.That(Value(outputs, "access_host"), Is.EqualTo(lab.Environment.Simulator.AccessHost));
                Assert.That(Value(outputs, "token_id"), Is.EqualTo(lab.Environment.Simulator.TokenId));
                Assert.That(Value(outputs, "public_key"), Is.EqualTo(InstanceLab.PublicKey));
                Assert.That(Value(outputs, "planned_at"), Is.EqualTo(lab.ReadArtifact(key, "plan.json")["plan"]!["timestamp"]!.GetValue<string>()),
                    "what was applied is the plan made in this run");
            }

            Assert.That(lab.StateAddresses("ubuntu", "docker"), Is.EqualTo(new[] { """terraform_data.vm["dock-01"]""", """terraform_data.vm["dock-02"]""" }),
                "the host added to the spec after the plan was not applied");
            Assert.That(lab.ReadArtifact("ubuntu_docker", "outputs.json")["vm_ids"]!["value"]!.AsObject().Select(pair => pair.Key),
                Is.EqualTo(new[] { "dock-01", "dock-02" }));
            AssertNoSecretAnywhere(lab, applied);
        });

        var again = await lab.RunL2("--detailed-exitcode");
        var unchanged = await lab.RunL2("--detailed-exitcode", "--persona=arch/devops");

        Assert.That(again.ExitCode, Is.EqualTo(2), again.ToString());
        Assert.That(OutputAssertions.Flatten(again.StandardOutput), Does.Contain("ubuntu/docker: 1 to add, 0 to change, 0 to replace, 0 to destroy")
            .And.Contain("arch/devops: no changes").And.Contain("ApplyInstances: skipped: plan only; set APPLY=1 to apply"));
        Assert.That(Compact(again.StandardOutput), Does.Contain("""+terraform_data.vm["dock-03"]"""));
        Assert.That(unchanged.ExitCode, Is.Zero, unchanged.ToString());
        Assert.That(OutputAssertions.Flatten(unchanged.StandardOutput), Does.Contain("arch/devops: no changes").And.Not.Contain("ubuntu/docker:"));
        Assert.That(lab.StateAddresses("ubuntu", "docker"), Has.Length.EqualTo(2), "plans change nothing");
    }

    [Test]
    public async Task Destroy_is_planned_alone_and_applied_only_with_the_persona_confirmed()
    {
        await using var lab = await InstanceLab.StartAsync();
        RealTerraform.Wrap(lab.Bin);
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);

        var created = await lab.RunL2("--apply");
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        Assert.That(lab.StateAddresses("ubuntu", "docker"), Has.Length.EqualTo(2), "--apply applies, as APPLY=1 does");
        var state = File.ReadAllBytes(lab.StatePath("ubuntu", "docker"));

        var planned = await lab.RunL2("--destroy", "--detailed-exitcode");

        Assert.That(planned.ExitCode, Is.EqualTo(2), planned.ToString());
        var output = OutputAssertions.Flatten(planned.StandardOutput);
        Assert.That(output, Does.Contain("ubuntu/docker: 0 to add, 0 to change, 0 to replace, 2 to destroy").And.Contain("L2 destroy plan"));
        Assert.That(Compact(output), Does.Contain("""ubuntu/docker0002-terraform_data.vm["dock-01"]-terraform_data.vm["dock-02"]"""));
        Assert.That(lab.ReadArtifact("ubuntu_docker", "plan.json")["destroy"]!.GetValue<bool>(), Is.True);
        Assert.That(File.ReadAllBytes(lab.StatePath("ubuntu", "docker")), Is.EqualTo(state), "a destroy plan changes nothing");

        var callsBefore = RealTerraform.Calls(lab.Bin).Length;
        var refused = await lab.ApplyL2("--destroy");

        OutputAssertions.FailedWithOneErrorLine(refused, "add --confirm=ubuntu/docker");
        Assert.That(File.ReadAllBytes(lab.StatePath("ubuntu", "docker")), Is.EqualTo(state), "nothing was destroyed");
        Assert.That(RealTerraform.Calls(lab.Bin), Has.Length.EqualTo(callsBefore), "terraform was not even started");

        var destroyed = await lab.ApplyL2("--destroy", "--confirm=ubuntu/docker");

        Assert.That(destroyed.ExitCode, Is.Zero, destroyed.ToString());
        Assert.That(lab.StateAddresses("ubuntu", "docker"), Is.Empty);
    }

    [Test]
    public async Task Parallel_plans_print_each_persona_s_output_whole()
    {
        await using var lab = await InstanceLab.StartAsync();
        RealTerraform.Wrap(lab.Bin, planSeconds: 1);
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);
        lab.AddPersona("arch", "devops", 9100, DevopsHosts);
        lab.WriteRoot("ubuntu", "docker", padding: 25);
        lab.WriteRoot("arch", "devops", padding: 25);

        var result = await lab.RunL2("--parallel=2");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var events = RealTerraform.PlanEvents(lab.Bin);
        Assert.That(events.Take(2), Has.All.StartWith("begin"), "the two plans ran at once: " + string.Join(", ", events));
        var lines = result.StandardOutput.Split('\n');
        foreach (var (persona, key, other) in new[] { ("ubuntu/docker", "ubuntu_docker", "arch_devops"), ("arch/devops", "arch_devops", "ubuntu_docker") })
        {
            var start = Array.FindIndex(lines, line => line.StartsWith($"── {persona} (terraform/l2/{key}) ──", StringComparison.Ordinal));
            var end = Array.FindIndex(lines, start + 1, line => line.StartsWith($"{persona}: ", StringComparison.Ordinal));
            Assert.That(start, Is.Not.Negative, result.ToString());
            Assert.That(end, Is.GreaterThan(start), result.ToString());
            var block = lines[(start + 1)..end];
            Assert.That(block.Count(line => line.Contains($"\"{key} padding ", StringComparison.Ordinal)), Is.EqualTo(25), persona);
            Assert.That(block, Has.None.Contains(other).And.None.StartWith("── "), $"{persona}'s block is whole");
        }
    }

    [Test]
    public async Task Bad_specs_are_all_listed_with_file_and_line_before_terraform_runs()
    {
        await using var lab = await InstanceLab.StartAsync();
        RealTerraform.Wrap(lab.Bin);
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);
        lab.AddPersona("arch", "devops", 9100, DevopsHosts);
        lab.WriteSpecText("ubuntu", "docker", SpecText(
            Host("dock-01", "10.20.0.21", "ip=10.20.0.21/24,gw=10.20.0.1", "ubuntu/docker/stable"),
            Host("dock-02", "10.20.0.22", "ip=10.20.0.22/24,gw=10.99.0.1", "ubuntu/docker/stable")));
        lab.WriteSpecText("arch", "devops", SpecText(Host("dev-01", "10.20.0.21", "ip=10.20.0.21/24,gw=10.20.0.1", "arch/devops/stable")));

        // A spec that fails its schema is reported alone: the cross-checks only see specs that could be read.
        lab.WriteSpecText("debian", "web", SpecText(
            Host("web-01", "10.40.0.11", "ip=10.40.0.11/24,gw=10.40.0.1", "debian/web/stable").Replace("\"cpu\": 2", "\"cpu\": \"two\"", StringComparison.Ordinal)));

        var result = await lab.RunL2();

        OutputAssertions.FailedWithOneErrorLine(result, "L2 Instances: 3 problems in the persona specs (listed above); nothing was planned.");
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("infra/os/ubuntu/personas/docker/spec/terraform.json:4: dock-02: ipconfig's gateway 10.99.0.1 is outside 10.20.0.0/24"));
            Assert.That(output, Does.Match(@"infra/os/(ubuntu/personas/docker|arch/personas/devops)/spec/terraform\.json:3: (dock|dev)-01: ip 10\.20\.0\.21 is already (dev|dock)-01's"));
            Assert.That(output, Does.Contain("infra/os/debian/personas/web/spec/terraform.json:3: web-01: terraform/cpu: must be an integer"));
            Assert.That(RealTerraform.Calls(lab.Bin), Is.Empty, "terraform never ran");
            Assert.That(Directory.Exists(Path.Combine(lab.ArtifactsL2, "ubuntu_docker")), Is.False, "nothing was planned");
        });
    }

    [Test]
    public async Task Without_terraform_L2_validates_reports_drift_shows_the_commands_and_fails_in_one_line()
    {
        await using var lab = await InstanceLab.StartAsync();
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);
        using var bin = new TempDirectory("homelab-noterraform-");

        var result = await lab.Host().WithOnlyPath(bin.Path).RunAsync("--target=L2", "--exclusive", "--apply");

        OutputAssertions.FailedWithOneErrorLine(result, "terraform was not found on PATH; L2 needs it: install Terraform 1.6 or later.");
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("L2 drift: 2 hosts: 0 matches, 0 differs, 2 missing"));
            Assert.That(output, Does.Contain("ubuntu/docker: L2 would run:"));
            foreach (var command in new[] { "init", "validate", "plan", "show", "apply", "output" })
            {
                Assert.That(output, Does.Match($@"terraform -chdir=""[^""]*/terraform/l2/ubuntu_docker"" {command} "), command);
            }

            Assert.That(output, Does.Contain($"-out=\"{lab.PlanFile("ubuntu_docker")}\""));
            Assert.That(output, Does.Contain("TF_VAR_pm_token_secret").And.Contain("TF_VAR_proxmox_vm_public_key"));
            Assert.That(result.AllOutput, Does.Not.Contain(lab.TokenSecret));
            Assert.That(File.Exists(lab.ArtifactsL2 + "/drift.json"), Is.True);
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Simulate_on_the_sample_lab_ends_OK_with_a_note_and_leaves_the_lab_alone(bool terraformOnPath)
    {
        using var work = new TempDirectory();
        SampleLab.CopyWithTerraformInto(work.Path);
        using var bin = new TempDirectory("homelab-bin-");
        var run = new HostRun(work.Path);
        if (terraformOnPath)
        {
            RealTerraform.Wrap(bin.Path);
            run.WithPathFirst(bin.Path);
        }
        else
        {
            run.WithOnlyPath(bin.Path);
        }

        var before = FolderSnapshot.Of(work.Path);
        var result = await run.RunAsync("--target=L2", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        Assert.That(output, Does.Contain("ubuntu/docker: L2 would run:").And.Contain("L2 drift: 2 hosts"));
        Assert.That(output, Does.Contain(terraformOnPath
            ? "Note: terraform could not install the providers of ubuntu/docker"
            : "Note: terraform was not found on PATH"));
        var after = FolderSnapshot.Of(work.Path).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal)
            && !entry.StartsWith(".cache", StringComparison.Ordinal));
        Assert.That(after, Is.EqualTo(before), "the operator's lab is as it was: no .terraform/, state or override file");
        var scratchRoot = Path.Combine(work.Path, "artifacts", "simulation", "lab", "terraform", "l2", "ubuntu_docker");
        Assert.That(File.Exists(Path.Combine(scratchRoot, "homelab_simulate_override.tf")), Is.True);
    }

    [Test]
    public async Task Simulate_applies_in_its_scratch_copy_and_leaves_the_operator_s_state_byte_for_byte()
    {
        using var work = new TempDirectory();
        using var bin = new TempDirectory("homelab-bin-");
        RealTerraform.Wrap(bin.Path);
        SampleLab.WriteCloudImageLab(work.Path);
        var root = Path.Combine(work.Path, "terraform", "l2", "ubuntu_docker");
        OfflineRoot.Write(root, "ubuntu", "docker");
        WriteSpec(work.Path, "ubuntu", "docker", DockerHosts);
        File.WriteAllText(Path.Combine(root, "terraform.tfstate"), """{"version": 4, "serial": 41, "lineage": "operator-state"}""");
        File.WriteAllText(Path.Combine(root, "terraform.tfstate.backup"), """{"version": 4, "serial": 40}""");
        Directory.CreateDirectory(Path.Combine(root, ".terraform"));
        File.WriteAllText(Path.Combine(root, ".terraform", "terraform.tfstate"), """{"backend": {"type": "s3"}}""");
        File.WriteAllText(Path.Combine(root, ".terraform", "operator-marker"), "the operator's working folder");
        var before = FolderSnapshot.Of(work.Path);

        var result = await new HostRun(work.Path).WithPathFirst(bin.Path).With("APPLY", "1").RunAsync("--target=L2", "--simulate");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("ubuntu/docker: 2 to add"));
        var after = FolderSnapshot.Of(work.Path).Where(entry => !entry.StartsWith("artifacts", StringComparison.Ordinal)
            && !entry.StartsWith(".cache", StringComparison.Ordinal));
        Assert.That(after, Is.EqualTo(before), "the operator's lab, state and .terraform/ are byte for byte as they were");
        var scratchRoot = Path.Combine(work.Path, "artifacts", "simulation", "lab", "terraform", "l2", "ubuntu_docker");
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(scratchRoot, "homelab_simulate_override.tf")), Is.True);
            Assert.That(File.Exists(Path.Combine(scratchRoot, ".terraform", "operator-marker")), Is.False, ".terraform/ was not copied");
            Assert.That(File.Exists(Path.Combine(scratchRoot, "terraform.tfstate.backup")), Is.False, "the state was not copied");
            Assert.That(File.ReadAllText(Path.Combine(scratchRoot, "terraform.tfstate")), Does.Not.Contain("operator-state")
                .And.Contain("dock-01"), "the rehearsal's own state is in the copy");
            Assert.That(RealTerraform.Calls(bin.Path).Where(call => call.StartsWith("-chdir=", StringComparison.Ordinal)),
                Is.Not.Empty.And.All.Contains("/artifacts/simulation/lab.run-"), "terraform only ever ran in the scratch copy");
        });
    }

    [Test]
    public async Task The_original_tooling_s_persona_spec_is_planned_through_the_host()
    {
        await using var lab = await InstanceLab.StartAsync();
        RealTerraform.Wrap(lab.Bin);
        lab.CopyFixture("original-lab");
        OfflineRoot.Write(lab.RootPath("ubuntu", "docker"), "ubuntu", "docker");
        lab.Environment.Simulator.State.AddNode("maturin");
        lab.Environment.Simulator.State.Node("maturin").AddVm(9000, "tpl-ubuntu-20250601-101500").Set("template", "1");

        var result = await lab.RunL2();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("ubuntu/docker: 3 to add, 0 to change, 0 to replace, 0 to destroy"));
        var plan = lab.ReadArtifact("ubuntu_docker", "plan.json");
        Assert.That(plan["summary"]!["add"]!.AsArray().Select(address => address!.GetValue<string>()), Is.EqualTo(new[]
        {
            """terraform_data.vm["carrie"]""", """terraform_data.vm["misery"]""", """terraform_data.vm["patricia"]""",
        }));
        Assert.That(plan["plan"]!["planned_values"]!["outputs"]!["template_vmid"]!["value"]!.GetValue<int>(), Is.EqualTo(9000),
            "the root read the vmid through the legacy symbolic link");
        Assert.That(lab.ReadArtifact("hosts.json")["hosts"]!.AsArray().Select(host => $"{host!["name"]} {host["node"]} {host["ip"]}"), Is.EqualTo(new[]
        {
            "carrie maturin 192.168.86.228", "misery maturin 192.168.86.227", "patricia maturin 192.168.86.224",
        }));
    }

    private static async Task<InstanceLab> TwoPersonaLab()
    {
        var lab = await InstanceLab.StartAsync();
        RealTerraform.Wrap(lab.Bin);
        lab.AddPersona("ubuntu", "docker", 9000, DockerHosts);
        lab.AddPersona("arch", "devops", 9100, DevopsHosts);
        return lab;
    }

    private static void AssertNoSecretAnywhere(InstanceLab lab, ProcessResult result)
    {
        Assert.That(result.StandardOutput, Does.Not.Contain(lab.TokenSecret));
        Assert.That(result.StandardError, Does.Not.Contain(lab.TokenSecret));
        Assert.That(lab.Environment.ArtifactFiles().Select(file => file.Path), Is.Not.Empty);
        foreach (var (path, text) in lab.Environment.ArtifactFiles())
        {
            Assert.That(text, Does.Not.Contain(lab.TokenSecret), path);
        }

        Assert.That(RealTerraform.Calls(lab.Bin), Is.Not.Empty.And.None.Contain(lab.TokenSecret), "no terraform argument holds the secret");
    }

    /// <summary>Output without any white space: a table may break a long address over two lines.</summary>
    private static string Compact(string text) => Regex.Replace(OutputAssertions.Flatten(text), @"\s", string.Empty);

    /// <summary>The terraform command of one logged call (after -chdir).</summary>
    private static string Command(string call) => Regex.Match(call, @"^-chdir=\S+ (\S+)").Groups[1].Value;

    private static string Value(JsonNode outputs, string name) => outputs[name]!["value"]!.GetValue<string>();

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void WriteSpec(string labRoot, string os, string persona, (string Name, string Ip)[] hosts) =>
        File.WriteAllText(Directory.CreateDirectory(Path.Combine(labRoot, "infra", "os", os, "personas", persona, "spec")).FullName + "/terraform.json",
            SpecText([.. hosts.Select(host => Host(host.Name, host.Ip, $"ip={host.Ip}/24,gw={host.Ip[..(host.Ip.LastIndexOf('.') + 1)]}1", $"{os}/{persona}/stable"))]));

    /// <summary>A spec with one host a line from line 3, so that every problem of a host is on its line.</summary>
    private static string SpecText(params string[] hosts) =>
        "{\n  \"hosts\": {\n" + string.Join(",\n", hosts) + "\n  }\n}\n";

    private static string Host(string name, string ip, string ipConfig, string templateRef) =>
        $$"""    "{{name}}": { "terraform": { "ip": "{{ip}}", "ssh_user": "lab", "tags": ["homelab"], "cpu": 2, "memory_mb": 2048, "disk_gb": 16, "template_ref": "{{templateRef}}", "node": "pve", "ipconfig": "{{ipConfig}}" } }""";
}
