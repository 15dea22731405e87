using System.Text.Json;
using Cake.Core.IO;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>The real terraform through a root's life: init, validate, plan, show, apply, output, change, destroy.</summary>
public class TerraformLifecycleTests : RealTerraformFixture
{
    [Test]
    public void A_first_deployment_plans_shows_applies_and_then_has_nothing_left_to_do()
    {
        var root = CopyRoot("lab");
        var planFile = PlanFile("first");

        Context.TerraformInit(On<TerraformInitSettings>(root));
        var validation = Context.TerraformValidate(On<TerraformValidateSettings>(root));
        var hasChanges = Context.TerraformPlan(new TerraformPlanSettings { OutFile = planFile, NoColor = true }.WithRoot(new DirectoryPath(root)));
        var plan = Context.TerraformShow(new TerraformShowSettings { PlanFile = planFile, NoColor = true }.WithRoot(new DirectoryPath(root)));
        Context.TerraformApply(new TerraformApplySettings { Plan = planFile, NoColor = true }.WithRoot(new DirectoryPath(root)));
        var outputs = Context.TerraformOutput(On<TerraformOutputSettings>(root));
        var secondPlanHasChanges = Context.TerraformPlan(On<TerraformPlanSettings>(root));

        Assert.That(validation.Valid, Is.True);
        Assert.That(validation.Diagnostics, Is.Empty);
        Assert.That(hasChanges, Is.True);
        Assert.That(secondPlanHasChanges, Is.False);

        Assert.That(plan.FormatVersion, Does.Match(@"^1\.\d+$"));
        Assert.That(plan.TerraformVersion, Is.EqualTo(Context.TerraformVersion().ToString()));
        var vms = plan.ResourceChanges.Where(c => c.Name == "vm").ToList();
        Assert.That(vms.Select(c => c.Address), Is.EqualTo(new[]
        {
            "terraform_data.vm[\"alpha\"]", "terraform_data.vm[\"bravo\"]", "terraform_data.vm[\"charlie\"]",
        }));
        Assert.That(vms.Select(c => (c.Mode, c.Type, c.Action)), Has.All.EqualTo(("managed", "terraform_data", TerraformChangeAction.Create)));
        Assert.That(plan.Summary.Add, Has.Count.EqualTo(4), "three VMs and the token");
        Assert.That(plan.Summary.Change.Concat(plan.Summary.Replace).Concat(plan.Summary.Destroy), Is.Empty);
        Assert.That(plan.Summary.ToString(), Is.EqualTo("4 to add, 0 to change, 0 to replace, 0 to destroy"));
        Assert.That(plan.OutputChanges.Select(o => o.Name), Does.Contain("vm_ids").And.Contain("ip_addresses"));
        Assert.That(plan.OutputChanges.Select(o => o.Action), Has.All.EqualTo(TerraformChangeAction.Create));

        Assert.That(outputs["vm_ids"].Value.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "alpha", "bravo", "charlie" }));
        Assert.That(outputs["ip_addresses"].Value.GetProperty("bravo").GetString(), Is.EqualTo("10.20.0.12"));
        Assert.That(outputs["template_vmid"].Value.GetInt32(), Is.EqualTo(9100), "the stable manifest was read");
        Assert.That(outputs["template_vmid"].Type.GetString(), Is.EqualTo("number"));
        Assert.That(outputs["template_vmid"].ValueText, Is.EqualTo("9100"));
        Assert.That(outputs["ip_addresses"].Value.ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(outputs["token_secret"].Sensitive, Is.True);
        Assert.That(outputs.RawJson, Does.Contain("\"vm_ids\""));

        // Every run went to the root through -chdir; Cake's working directory stayed untouched.
        Assert.That(File.Exists(Path.Combine(root, "terraform.tfstate")), Is.True);
        Assert.That(Directory.EnumerateFileSystemEntries(WorkDirectory), Is.Empty);
        var commands = ExecutedCommands();
        Assert.That(commands, Has.Count.EqualTo(8));
        Assert.That(commands.Take(7), Has.All.Contain($"-chdir=\"{root}\""));
        Assert.That(commands[2], Does.EndWith($"plan -no-color -input=false -detailed-exitcode -out=\"{planFile.FullPath}\""));
        Assert.That(commands[4], Does.EndWith($"apply -no-color -input=false -auto-approve \"{planFile.FullPath}\""));
        Assert.That(commands[6], Does.EndWith("plan -no-color -input=false -detailed-exitcode"), "no -out without OutFile");
    }

    [Test]
    public void A_changed_spec_plans_an_add_a_change_a_replace_and_a_destroy()
    {
        var root = CopyRoot("lab");
        Deploy(root);
        var spec = Path.Combine(root, "spec", "terraform.json");
        File.WriteAllText(spec, File.ReadAllText(spec)
            .Replace("\"charlie\"", "\"delta\"")
            .Replace("\"cpu\": 2, \"memory_mb\": 2048, \"disk_gb\": 32,\n        \"template_ref\": \"ubuntu/docker/stable\", \"node\": \"pve1\", \"ipconfig\": \"ip=10.20.0.11",
                "\"cpu\": 4, \"memory_mb\": 2048, \"disk_gb\": 32,\n        \"template_ref\": \"ubuntu/docker/stable\", \"node\": \"pve1\", \"ipconfig\": \"ip=10.20.0.11")
            .Replace("\"cpu\": 2, \"memory_mb\": 2048, \"disk_gb\": 32,\n        \"template_ref\": \"ubuntu/docker/stable\", \"node\": \"pve1\", \"ipconfig\": \"ip=10.20.0.12",
                "\"cpu\": 2, \"memory_mb\": 2048, \"disk_gb\": 64,\n        \"template_ref\": \"ubuntu/docker/stable\", \"node\": \"pve1\", \"ipconfig\": \"ip=10.20.0.12"));
        var planFile = PlanFile("changes");

        var hasChanges = Context.TerraformPlan(new TerraformPlanSettings { OutFile = planFile, NoColor = true, Root = root });
        var summary = Context.TerraformShow(new TerraformShowSettings { PlanFile = planFile, NoColor = true, Root = root }).Summary;

        Assert.That(hasChanges, Is.True);
        Assert.That(summary.Add, Is.EqualTo(new[] { "terraform_data.vm[\"delta\"]" }));
        Assert.That(summary.Change, Is.EqualTo(new[] { "terraform_data.vm[\"alpha\"]" }), "cpu is in input: updated in place");
        Assert.That(summary.Replace, Is.EqualTo(new[] { "terraform_data.vm[\"bravo\"]" }), "disk_gb is in triggers_replace");
        Assert.That(summary.Destroy, Is.EqualTo(new[] { "terraform_data.vm[\"charlie\"]" }));
        Assert.That(summary.NoChanges, Is.False);
        Assert.That(summary.ToString(), Is.EqualTo("1 to add, 1 to change, 1 to replace, 1 to destroy"));
    }

    [Test]
    public void A_destroy_plan_destroys_everything_when_applied()
    {
        var root = CopyRoot("lab");
        Deploy(root);
        var planFile = PlanFile("destroy");

        var hasChanges = Context.TerraformPlan(new TerraformPlanSettings { OutFile = planFile, Destroy = true, NoColor = true, Root = root });
        var plan = Context.TerraformShow(new TerraformShowSettings { PlanFile = planFile, NoColor = true, Root = root });
        Context.TerraformApply(new TerraformApplySettings { Plan = planFile, NoColor = true, Root = root });
        var outputs = Context.TerraformOutput(On<TerraformOutputSettings>(root));

        Assert.That(hasChanges, Is.True);
        Assert.That(plan.Summary.Destroy, Has.Count.EqualTo(4));
        Assert.That(plan.Summary.Add.Concat(plan.Summary.Change).Concat(plan.Summary.Replace), Is.Empty);
        Assert.That(ExecutedCommands().Single(c => c.Contains(" plan ", StringComparison.Ordinal) && c.Contains("-destroy", StringComparison.Ordinal)),
            Does.EndWith($"-out=\"{planFile.FullPath}\" -destroy"));
        Assert.That(outputs, Is.Empty, "no state is left to read outputs from");
    }

    [Test]
    public void Terraform_is_available_and_reports_a_version_of_at_least_1_6()
    {
        var available = Context.TerraformIsAvailable();
        var version = Context.TerraformVersion();

        Assert.That(available, Is.True);
        Assert.That(version, Is.GreaterThanOrEqualTo(new Version(1, 6, 0)));
        Assert.That(ExecutedCommands().Single(), Does.EndWith("version -json").Or.EndWith("version -no-color -json"));
    }
}
