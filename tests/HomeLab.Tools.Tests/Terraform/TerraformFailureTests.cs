using Cake.Core;
using Cake.Core.Diagnostics;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>The real terraform failing, or seeming to: each failure is one line with terraform's own error.</summary>
public class TerraformFailureTests : RealTerraformFixture
{
    private const string UnsupportedArgument =
        "Error: Unsupported argument: An argument named \"cores\" is not expected here (on main.tf line 2)";

    private const string UndeclaredVariable =
        "Error: Reference to undeclared input variable: An input variable with the name \"template_vmid\" has not been declared. " +
        "This variable can be declared with a variable \"template_vmid\" {} block (on main.tf line 6)";

    [Test]
    public void An_invalid_root_fails_validate_and_plan_with_terraforms_first_error()
    {
        var root = CopyRoot("invalid");
        Context.TerraformInit(On<TerraformInitSettings>(root));

        var validate = Assert.Throws<CakeException>(() => Context.TerraformValidate(On<TerraformValidateSettings>(root)))!;
        var plan = Assert.Throws<CakeException>(() => Context.TerraformPlan(On<TerraformPlanSettings>(root)))!;

        // terraform lists the errors in no fixed order; the message leads with the one that comes first in the files.
        Assert.That(validate.Message, Is.EqualTo(
            $"terraform validate failed (exit code 1): {UnsupportedArgument} (and 1 more error). The full output is in the log above."));
        Assert.That(plan.Message, Is.EqualTo(
            $"terraform plan failed (exit code 1): {UnsupportedArgument} (and 1 more error). The full output is in the log above."));
        Assert.That(plan.ExitCode, Is.EqualTo(1));
        Assert.That(Log.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Text), Is.EquivalentTo(new[] { UndeclaredVariable, UnsupportedArgument }),
            "validate's JSON diagnostics are written to the log, one line each");
    }

    [Test]
    public void Handle_exit_code_does_not_hide_changes_or_errors()
    {
        var root = CopyRoot("lab");
        var invalid = CopyRoot("invalid");
        Context.TerraformInit(On<TerraformInitSettings>(root));
        var seen = new List<int>();
        var runner = new TerraformPlanRunner(Context.FileSystem, Context.Environment, Context.ProcessRunner, Context.Tools, Context.Log);

        var settings = On<TerraformPlanSettings>(root);
        settings.HandleExitCode = code => { seen.Add(code); return true; };
        var changes = runner.Run(settings);
        var invalidSettings = On<TerraformPlanSettings>(invalid);
        invalidSettings.HandleExitCode = code => { seen.Add(code); return true; };
        var invalidChanges = runner.Run(invalidSettings);
        var declined = On<TerraformPlanSettings>(root);
        declined.HandleExitCode = _ => false;

        Assert.That(changes, Is.True, "exit code 2 is changes even when the caller handles exit codes");
        Assert.That(invalidChanges, Is.False);
        Assert.That(runner.ExitCode, Is.EqualTo(1));
        Assert.That(seen, Is.EqualTo(new[] { 2, 1 }));
        Assert.That(Context.TerraformPlan(declined), Is.True, "declining leaves exit code 2 to the runner, which accepts it");
    }

    [Test]
    public void A_failing_plan_masks_the_secret_terraform_prints_in_its_error()
    {
        var root = CopyRoot("lab");
        Context.TerraformInit(On<TerraformInitSettings>(root));
        var seen = new List<string>();
        var settings = On<TerraformPlanSettings>(root)
            .WithSecretEnvironmentVariable("TF_VAR_pm_token_secret", Secret)
            .WithInputVariable("reject_token", "true");
        settings.OutputLineReceived = seen.Add;

        var error = Assert.Throws<CakeException>(() => Context.TerraformPlan(settings))!;

        Assert.That(error.Message, Is.EqualTo(
            "terraform plan failed (exit code 1): Error: Resource precondition failed: The Proxmox API rejected the token [REDACTED] " +
            "(on main.tf line 63). The full output is in the log above."));
        Assert.That(Log.Messages, Does.Contain("The Proxmox API rejected the token [REDACTED]."));
        Assert.That(seen, Does.Contain("The Proxmox API rejected the token [REDACTED]."));
        Assert.That(Log.AllText + string.Join('\n', seen), Does.Not.Contain(Secret));
    }

    [Test]
    public void A_second_plan_fails_at_once_while_an_apply_holds_the_state_lock()
    {
        var root = CopyRoot("lock");
        var planFile = PlanFile("hold");
        Context.TerraformInit(On<TerraformInitSettings>(root));
        Context.TerraformPlan(new TerraformPlanSettings { Root = root, OutFile = planFile, NoColor = true });
        var holding = Path.Combine(root, "holding");
        var apply = Task.Run(() => Context.TerraformApply(
            new TerraformApplySettings { Root = root, Plan = planFile, NoColor = true, ToolTimeout = TimeSpan.FromSeconds(90) }));

        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(holding) && !apply.IsCompleted && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.That(File.Exists(holding), Is.True, "the apply should be holding the lock by now");
            var error = Assert.Throws<CakeException>(() =>
                Context.TerraformPlan(new TerraformPlanSettings { Root = root, LockTimeout = TimeSpan.Zero, NoColor = true }))!;

            Assert.That(error.Message, Is.EqualTo(
                "terraform plan failed (exit code 1): Error: Error acquiring the state lock: Error message: resource temporarily unavailable. " +
                "The full output is in the log above."));
            Assert.That(ExecutedCommands().Last(), Does.EndWith("plan -no-color -input=false -detailed-exitcode -lock-timeout=0s"));
        }
        finally
        {
            File.WriteAllText(Path.Combine(root, "release"), string.Empty);
        }

        Assert.That(apply.Wait(TimeSpan.FromSeconds(60)), Is.True, "the apply finishes once released");
    }

    [Test]
    public void A_missing_cli_config_file_is_a_warning_not_a_failure()
    {
        var root = CopyRoot("lab");
        var missing = Temp.Combine("nowhere", "terraformrc");
        var planFile = PlanFile("with-warning");
        Context.TerraformInit(On<TerraformInitSettings>(root).WithEnvironmentVariable("TF_CLI_CONFIG_FILE", missing));

        var hasChanges = Context.TerraformPlan(new TerraformPlanSettings { Root = root, OutFile = planFile, NoColor = true }
            .WithEnvironmentVariable("TF_CLI_CONFIG_FILE", missing));
        var plan = Context.TerraformShow(new TerraformShowSettings { Root = root, PlanFile = planFile, NoColor = true }
            .WithEnvironmentVariable("TF_CLI_CONFIG_FILE", missing));

        Assert.That(hasChanges, Is.True);
        Assert.That(plan.Summary.Add, Has.Count.EqualTo(4), "the warning on stderr did not disturb the JSON on stdout");
        var warnings = Log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Text).ToList();
        Assert.That(warnings, Has.Some.Contains($"\"{missing}\" does not exist."), "terraform's own warning, logged as one");
        Assert.That(warnings.Count(w => w.Contains("Warning: Unable to open CLI configuration file", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void Missing_roots_and_plan_files_are_named_before_terraform_runs()
    {
        var nowhere = Temp.Combine("roots", "nowhere");
        var root = CopyRoot("lab");
        var missingPlan = PlanFile("never-saved");

        var noRoot = Assert.Throws<CakeException>(() => Context.TerraformInit(On<TerraformInitSettings>(nowhere)))!;
        var noPlanSet = Assert.Throws<CakeException>(() => Context.TerraformApply(On<TerraformApplySettings>(root)))!;
        var noPlanFile = Assert.Throws<CakeException>(() =>
            Context.TerraformApply(new TerraformApplySettings { Root = root, Plan = missingPlan }))!;
        var noShowFile = Assert.Throws<CakeException>(() =>
            Context.TerraformShow(new TerraformShowSettings { Root = root, PlanFile = missingPlan }))!;

        Assert.That(noRoot.Message, Is.EqualTo(
            $"The terraform root {nowhere} does not exist; check TerraformSettings.Root (one folder per persona under terraform/l2)."));
        Assert.That(noPlanSet.Message, Is.EqualTo(
            "TerraformApplySettings.Plan is not set; name the plan file TerraformPlan saved (TerraformPlanSettings.OutFile)."));
        Assert.That(noPlanFile.Message, Is.EqualTo(
            $"The saved terraform plan {missingPlan.FullPath} does not exist; run TerraformPlan with OutFile set to it first."));
        Assert.That(noShowFile.Message, Is.EqualTo(noPlanFile.Message));
        Assert.That(ExecutedCommands(), Is.Empty);
    }
}
