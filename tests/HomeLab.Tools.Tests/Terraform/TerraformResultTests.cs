using System.Text.Json;
using Cake.Core;
using HomeLab.Tools.Terraform;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>The small readers and records: outputs, validate's diagnostics, the version, the Proxmox variables.</summary>
public class TerraformResultTests
{
    private const string Secret = "tf-result-secret-31a7";

    [Test]
    public void Outputs_keep_a_sensitive_value_usable_but_never_print_it()
    {
        var outputs = TerraformOutputs.Parse($$"""
            {
              "token": { "sensitive": true, "type": "string", "value": "{{Secret}}" },
              "vm_ids": { "sensitive": false, "type": ["map", "number"], "value": { "alpha": 101 } }
            }
            """, text => text.Replace("unused", "x"));

        Assert.That(outputs["token"].ValueText, Is.EqualTo(Secret));
        Assert.That(outputs["vm_ids"].Value.GetProperty("alpha").GetInt32(), Is.EqualTo(101));
        Assert.That(outputs["vm_ids"].Type.GetRawText(), Is.EqualTo("[\"map\", \"number\"]"));
        Assert.That(outputs.RawJson, Does.Contain(Secret), "the raw JSON is terraform's own");
        Assert.That(outputs["token"].ToString(), Is.EqualTo(
            "TerraformOutputValue { Name = token, Sensitive = True, Type = \"string\", Value = (sensitive value) }"));
        Assert.That(outputs.ToString(), Is.EqualTo("token = (sensitive value), vm_ids = { \"alpha\": 101 }"), "a value prints as terraform wrote it");
        Assert.That(outputs.ToSanitizedJson(), Does.Not.Contain(Secret).And.Contain("\"alpha\": 101"));
    }

    [Test]
    public void Validate_json_is_read_into_diagnostics()
    {
        var result = TerraformValidateResult.Parse("""
            {"format_version":"1.0","valid":true,"error_count":0,"warning_count":1,"diagnostics":[
              {"severity":"warning","summary":"Deprecated attribute","detail":"Use x instead.",
               "range":{"filename":"vm.tf","start":{"line":7,"column":3}}}]}
            """);

        Assert.That(result.Valid, Is.True);
        Assert.That(result.WarningCount, Is.EqualTo(1));
        Assert.That(result.Diagnostics.Single().ToString(), Is.EqualTo("Warning: Deprecated attribute: Use x instead (on vm.tf line 7)"));
        Assert.Throws(Is.InstanceOf<JsonException>(), () => TerraformValidateResult.Parse("{}"));
    }

    [TestCase("{\"terraform_version\":\"1.11.4\",\"platform\":\"linux_amd64\"}", "1.11.4")]
    [TestCase("Terraform v1.5.7\non linux_amd64", "1.5.7")]
    [TestCase("Terraform v1.12.0-alpha20250319", "1.12.0")]
    [TestCase("{\"platform\":\"linux_amd64\"}", null)]
    [TestCase("", null)]
    public void The_version_is_read_from_json_or_text(string output, string? expected)
    {
        Assert.That(TerraformVersionText.Parse(output)?.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Missing_proxmox_values_are_named_one_at_a_time()
    {
        var complete = new TerraformProxmoxVariables
        {
            AccessHost = "https://pve.test:8006", TokenId = "terraform@pve!l2", TokenSecret = Secret, PublicKey = "ssh-ed25519 AAAA lab",
        };

        Assert.That(complete.Problem, Is.Null);
        Assert.That((complete with { AccessHost = " " }).Problem, Does.StartWith("PVE_ACCESS_HOST is not set; L2 needs the Proxmox API address"));
        Assert.That((complete with { TokenId = null }).Problem, Does.StartWith("PM_TOKEN_ID is not set;"));
        Assert.That((complete with { TokenSecret = "" }).Problem, Does.StartWith("PM_TOKEN_SECRET is not set;"));
        Assert.That((complete with { PublicKey = null }).Problem, Is.EqualTo(
            "TF_VAR_PROXMOX_VM_PUBLIC_KEY is not set; L2 needs the SSH public key the VMs accept: set it to the key's text, " +
            "e.g. export TF_VAR_PROXMOX_VM_PUBLIC_KEY=\"$(cat ~/.ssh/id_ed25519.pub)\"."));
    }

    [Test]
    public void With_proxmox_variables_fails_before_anything_runs_and_sets_tls_insecure_only_when_asked()
    {
        var variables = new TerraformProxmoxVariables
        {
            AccessHost = "https://pve.test:8006", TokenId = "terraform@pve!l2", TokenSecret = Secret, PublicKey = "ssh-ed25519 AAAA lab\n",
        };

        var error = Assert.Throws<CakeException>(() => new TerraformInitSettings().WithProxmoxVariables(variables with { PublicKey = null }))!;
        var settings = new TerraformPlanSettings().WithProxmoxVariables(variables);
        var insecure = new TerraformPlanSettings().WithProxmoxVariables(variables with { TlsInsecure = true });

        Assert.That(error.Message, Does.StartWith("TF_VAR_PROXMOX_VM_PUBLIC_KEY is not set;"));
        Assert.That(settings.EnvironmentVariables, Is.EqualTo(new Dictionary<string, string>
        {
            ["TF_VAR_pve_access_host"] = "https://pve.test:8006",
            ["TF_VAR_pm_token_id"] = "terraform@pve!l2",
            ["TF_VAR_proxmox_vm_public_key"] = "ssh-ed25519 AAAA lab",
        }));
        Assert.That(settings.SecretEnvironmentVariables, Is.EqualTo(new Dictionary<string, string> { ["TF_VAR_pm_token_secret"] = Secret }));
        Assert.That(insecure.EnvironmentVariables!["TF_VAR_pm_tls_insecure"], Is.EqualTo("true"));
        Assert.That(variables.ToString(), Does.Not.Contain(Secret).And.Contain("TokenSecret = [REDACTED]"));
    }
}
