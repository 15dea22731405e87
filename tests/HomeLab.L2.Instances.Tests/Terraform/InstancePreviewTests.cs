using HomeLab.L2.Instances.Terraform;
using HomeLab.Testing;
using HomeLab.Tools;
using HomeLab.Tools.Terraform;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L2.Instances.Tests.Terraform;

/// <summary>
/// L2's what-if against what L2 really runs: the real terraform, behind a wrapper that records each call's working
/// directory and arguments, plans and applies an offline root (<c>terraform_data</c>); the preview, taken first, lists
/// exactly those commands, in order, and starts nothing itself.
/// </summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "The recording wrapper is a shell script.")]
public class InstancePreviewTests
{
    private const string Secret = "l2-whatif-token-secret-19ab";

    private TestLab _lab = null!;
    private TempDirectory _temp = null!;
    private EnvironmentScope _environment = null!;
    private string _calls = null!;

    [SetUp]
    public void SetUp()
    {
        var terraform = ProgramLocator.Require("terraform", "terraform (HashiCorp's release, 1.6 or later)");
        _lab = new TestLab();
        _temp = new TempDirectory("homelab-l2-preview-");
        _calls = _temp.Combine("terraform.calls");
        var bin = _temp.Directory("bin");
        _temp.File("bin/terraform", $"#!/bin/sh\necho \"$PWD|$*\" >> \"{_calls}\"\nexec \"{terraform}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "terraform"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _environment = new EnvironmentScope();
        _environment.Set("PATH", bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));
        _environment.Set("TF_PLUGIN_CACHE_DIR", null);
    }

    [TearDown]
    public void TearDown()
    {
        _environment.Dispose();
        _temp.Dispose();
        _lab.Dispose();
    }

    [Test]
    public async Task The_preview_lists_the_commands_plan_and_apply_then_run_and_runs_none_itself()
    {
        _lab.WriteSpec("ubuntu", "docker", new SpecHost("dock-01", "10.0.0.21"));
        var root = _lab.TerraformRoot("ubuntu_docker");
        File.WriteAllText(Path.Combine(root, "main.tf"), "resource \"terraform_data\" \"host\" {\n  input = \"dock-01\"\n}\n");
        var context = RealCakeContext.Create(new CapturingLog(), _lab.Root);
        var settings = Settings();

        var (roots, notes) = InstancePreview.Roots(_lab.Manifests, ["ubuntu/docker"], "terraform/l2");
        var preview = new InstancePreview(context, settings);
        var planned = preview.Plan(roots).Concat(preview.Apply(roots)).ToList();
        Assert.That(File.Exists(_calls), Is.False, "the preview started no terraform");

        var plans = await new InstancePlanner(context, settings).PlanAsync(roots);
        Assert.That(plans.Single().Failure, Is.Null, string.Join("\n", plans.Single().Output));
        new InstanceApplier(context, settings).Apply(plans);

        Assert.That(notes, Is.Empty);
        var commands = planned.Select(step => step.Command!).ToList();
        Assert.That(commands.Select(command => $"{command.WorkingDirectory}|{command.Arguments.Replace("\"", string.Empty, StringComparison.Ordinal)}"),
            Is.EqualTo(File.ReadAllLines(_calls)), "the same commands, in the same order, from the same folder");
        Assert.That(commands.Select(command => command.Program), Has.All.EqualTo(Path.Combine(_temp.Path, "bin", "terraform")));
        Assert.That(planned.Select(step => step.Description), Is.EqualTo(new[]
        {
            "ubuntu/docker: terraform init in terraform/l2/ubuntu_docker",
            "ubuntu/docker: terraform validate",
            "ubuntu/docker: terraform plan, saved for ApplyInstances",
            $"ubuntu/docker: read the saved plan; write plan.json under {_temp.Combine("artifacts", "ubuntu_docker")}",
            "ubuntu/docker: terraform apply of the plan saved in this run",
            $"ubuntu/docker: read the outputs; write outputs.json under {_temp.Combine("artifacts", "ubuntu_docker")}",
        }));
        Assert.That(commands[0].Environment, Does.Contain(new ToolVariable(TerraformProxmoxVariables.TokenSecretVariable, "[REDACTED]", Secret: true)));
        Assert.That(string.Join("\n", commands.Select(command => $"{command.CommandLine} {string.Join(" ", command.Environment)}")), Does.Not.Contain(Secret));
    }

    [Test]
    public void A_persona_without_a_root_is_a_note_and_an_unknown_persona_one_line()
    {
        _lab.WriteSpec("ubuntu", "docker", new SpecHost("dock-01", "10.0.0.21"));

        var (roots, notes) = InstancePreview.Roots(_lab.Manifests, [], "terraform/l2");
        var unknown = Assert.Throws<ArgumentException>(() => InstancePreview.Roots(_lab.Manifests, ["ubuntu/nope"], "terraform/l2"));

        Assert.That(roots, Is.Empty);
        Assert.That(notes.Single().Description, Does.StartWith("not planned: ubuntu/docker has no Terraform root: neither terraform/l2/ubuntu_docker nor terraform/l2/ubuntu exists"));
        Assert.That(unknown!.Message, Is.EqualTo("--persona 'ubuntu/nope': no such persona; the lab's personas are ubuntu/docker."));
    }

    private TerraformRunSettings Settings() => new()
    {
        Variables = new TerraformProxmoxVariables
        {
            AccessHost = "pve.lan:8006",
            TokenId = "terraform@pve!l2",
            TokenSecret = Secret,
            PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPreviewTestKey l2",
        },
        PlanDirectory = _temp.Combine("plans"),
        ArtifactsDirectory = _temp.Combine("artifacts"),
    };
}
