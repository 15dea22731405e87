using System.Security.Cryptography;
using System.Text;
using Cake.Core;
using Cake.Core.Diagnostics;
using HomeLab.Tools.Terraform;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>
/// Secrets reach the real terraform through TF_VAR_* variables in its environment and nowhere else: not its
/// arguments, not the log, not the sink, not the sanitised plan or outputs.
/// </summary>
public class TerraformSecretTests : RealTerraformFixture
{
    private static readonly TerraformProxmoxVariables Proxmox = new()
    {
        AccessHost = "https://pve.test:8006",
        TokenId = "terraform@pve!l2",
        TokenSecret = Secret,
        PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKeyOnly lab@test",
        TlsInsecure = true,
    };

    [Test]
    public void The_proxmox_variables_reach_terraform_through_its_environment_only()
    {
        var root = CopyRoot("lab");
        var planFile = PlanFile("secret");
        var sink = new List<string>();
        Context.TerraformInit(On<TerraformInitSettings>(root));
        var planSettings = new TerraformPlanSettings { Root = root, OutFile = planFile, NoColor = true, OutputLineReceived = sink.Add }
            .WithProxmoxVariables(Proxmox);

        Context.TerraformPlan(planSettings);
        var plan = Context.TerraformShow(new TerraformShowSettings { Root = root, PlanFile = planFile, NoColor = true }
            .WithProxmoxVariables(Proxmox));
        Context.TerraformApply(new TerraformApplySettings { Root = root, Plan = planFile, NoColor = true, OutputLineReceived = sink.Add }
            .WithProxmoxVariables(Proxmox));
        var outputs = Context.TerraformOutput(On<TerraformOutputSettings>(root).WithProxmoxVariables(Proxmox));

        Assert.That(outputs["secret_hash"].ValueText, Is.EqualTo(Sha256(Secret)), "terraform got the secret");
        var proxmox = outputs["proxmox"].Value;
        Assert.That(proxmox.GetProperty("access_host").GetString(), Is.EqualTo("https://pve.test:8006"));
        Assert.That(proxmox.GetProperty("token_id").GetString(), Is.EqualTo("terraform@pve!l2"));
        Assert.That(proxmox.GetProperty("public_key").GetString(), Is.EqualTo(Proxmox.PublicKey));
        Assert.That(proxmox.GetProperty("tls_insecure").GetBoolean(), Is.True);
        Assert.That(outputs["token_secret"].ValueText, Is.EqualTo(Secret), "the caller can still use a sensitive value");

        Assert.That(ExecutedCommands(), Has.Count.EqualTo(5));
        Assert.That(string.Join('\n', ExecutedCommands()), Does.Not.Contain(Secret).And.Not.Contain("TF_VAR"));
        Assert.That(Log.AllText, Does.Not.Contain(Secret));
        Assert.That(sink, Is.Not.Empty);
        Assert.That(string.Join('\n', sink), Does.Not.Contain(Secret));

        var sanitisedPlan = plan.ToSanitizedJson();
        Assert.That(sanitisedPlan, Does.Not.Contain(Secret));
        Assert.That(sanitisedPlan, Does.Contain(Sha256(Secret)), "what is not sensitive is kept");
        Assert.That(sanitisedPlan, Does.Contain(TerraformPlanDocument.SensitiveValueMask));
        var sanitisedOutputs = outputs.ToSanitizedJson();
        Assert.That(sanitisedOutputs, Does.Not.Contain(Secret).And.Contain(TerraformPlanDocument.SensitiveValueMask));
        Assert.That(outputs.ToString() + outputs["token_secret"], Does.Not.Contain(Secret));
    }

    [Test]
    public void The_plans_sensitivity_marks_alone_keep_the_secret_out_of_the_sanitised_json()
    {
        var root = CopyRoot("lab");
        var planFile = PlanFile("marks-only");
        Context.TerraformInit(On<TerraformInitSettings>(root));
        Context.TerraformPlan(new TerraformPlanSettings { Root = root, OutFile = planFile, NoColor = true }.WithProxmoxVariables(Proxmox));

        // Show without the secret in its settings: only terraform's own marks can mask it.
        var plan = Context.TerraformShow(new TerraformShowSettings { Root = root, PlanFile = planFile, NoColor = true });

        Assert.That(plan.ToSanitizedJson(), Does.Not.Contain(Secret));
    }

    [Test]
    public void Output_can_go_to_the_sink_only_for_printing_whole_later()
    {
        var root = CopyRoot("lab");
        var sink = new List<string>();
        Context.TerraformInit(new TerraformInitSettings { Root = root, NoColor = true, LogOutput = false, OutputLineReceived = sink.Add });
        Context.TerraformPlan(new TerraformPlanSettings { Root = root, NoColor = true, LogOutput = false, OutputLineReceived = sink.Add }
            .WithProxmoxVariables(Proxmox));

        Assert.That(sink, Has.Some.StartsWith("Terraform has been successfully initialized!"));
        Assert.That(sink, Has.Some.StartsWith("Plan: 4 to add, 0 to change, 0 to destroy."));
        Assert.That(Log.Entries.Where(e => e.Verbosity == Verbosity.Normal), Is.Empty, "nothing but Cake's own command lines was logged");
        Assert.That(ExecutedCommands(), Has.Count.EqualTo(2));
    }

    [Test]
    public void The_original_tooling_s_upper_case_key_variable_does_not_keep_the_lower_case_one_from_terraform()
    {
        // The operator exports TF_VAR_PROXMOX_VM_PUBLIC_KEY, as for the original tooling; Cake's process runner matches
        // names case-insensitively and would set TF_VAR_proxmox_vm_public_key under the inherited upper-case name.
        Scope.Set(TerraformProxmoxVariables.PublicKeySource, Proxmox.PublicKey);
        var root = CopyRoot("lab");

        Deploy(root, On<TerraformPlanSettings>(root).WithProxmoxVariables(Proxmox));
        var outputs = Context.TerraformOutput(On<TerraformOutputSettings>(root).WithProxmoxVariables(Proxmox));

        Assert.That(outputs["proxmox"].Value.GetProperty("public_key").GetString(), Is.EqualTo(Proxmox.PublicKey));
        Assert.That(Log.AllText, Does.Contain($"{TerraformProxmoxVariables.PublicKeySource} removed from the inherited environment"));
    }

    [Test]
    public void A_secret_put_on_the_command_line_is_refused_before_terraform_runs()
    {
        var root = CopyRoot("lab");
        var settings = On<TerraformPlanSettings>(root).WithProxmoxVariables(Proxmox).WithInputVariable("pm_token_secret", Secret);

        var error = Assert.Throws<CakeException>(() => Context.TerraformPlan(settings))!;

        Assert.That(error.Message, Is.EqualTo(
            "A terraform argument holds the value of the secret TF_VAR_pm_token_secret; pass secrets through " +
            "TerraformSettings.SecretEnvironmentVariables (TF_VAR_…), never as -var or -backend-config."));
        Assert.That(ExecutedCommands(), Is.Empty);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
