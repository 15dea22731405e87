using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Terraform;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Tools.Tests.WhatIf;

/// <summary>
/// What a dry run shows of a tool's environment, read through the wrappers' Describe: every variable the tool would
/// get, its value when plain, <c>[REDACTED]</c> when the wrapper hands it over as a secret, and no secret anywhere.
/// </summary>
public class ToolCommandVariablesTests
{
    private const string Secret = "whatif-token-secret-4d2a9";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private ICakeContext _context = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        _context = RealCakeContext.Create(new CapturingLog(), _temp.Directory("lab"));
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Terraform_shows_plain_values_and_redacts_the_secret()
    {
        var settings = new TerraformPlanSettings { Root = new DirectoryPath("roots/a") }.WithProxmoxVariables(new TerraformProxmoxVariables
        {
            AccessHost = "pve.lan:8006",
            TokenId = "terraform@pve!l2",
            TokenSecret = Secret,
            PublicKey = "ssh-ed25519 AAAA key",
        });

        var command = PlannedCommand.From(_context.TerraformDescribe(settings));

        Assert.That(command.Environment.Select(variable => variable.ToString()), Is.EqualTo(new[]
        {
            "CHECKPOINT_DISABLE=1",
            "TF_INPUT=0",
            "TF_IN_AUTOMATION=1",
            "TF_VAR_pm_token_id=terraform@pve!l2",
            "TF_VAR_pm_token_secret=[REDACTED]",
            "TF_VAR_proxmox_vm_public_key=ssh-ed25519 AAAA key",
            "TF_VAR_pve_access_host=pve.lan:8006",
        }).AsCollection, "sorted by name, ordinal");
        Assert.That(command.Environment.Where(variable => variable.Secret).Select(variable => variable.Name), Is.EqualTo(new[] { "TF_VAR_pm_token_secret" }));
        Assert.That(command.ToString(), Does.Not.Contain(Secret));
    }

    [Test]
    public void A_plain_variable_that_holds_a_known_secret_is_masked_too()
    {
        var settings = new TerraformInitSettings { Redact = text => text.Replace(Secret, "[REDACTED]", StringComparison.Ordinal) }
            .WithEnvironmentVariable("TF_VAR_note", $"prefix-{Secret}");

        var command = PlannedCommand.From(_context.TerraformDescribe(settings));

        Assert.That(command.Environment.Single(variable => variable.Name == "TF_VAR_note").Value, Is.EqualTo("prefix-[REDACTED]"));
    }

    [Test]
    public void Ansible_marks_its_secret_variables()
    {
        var settings = new AnsiblePlaybookSettings { Playbook = new FilePath("site.yaml") };
        settings.SecretEnvironmentVariables["VAULT_TOKEN"] = Secret;

        var command = PlannedCommand.From(_context.AnsibleDescribe(settings));

        Assert.That(command.Environment.Single(variable => variable.Name == "VAULT_TOKEN"), Is.EqualTo(new ToolVariable("VAULT_TOKEN", "[REDACTED]", Secret: true)));
        Assert.That(command.Environment.Where(variable => !variable.Secret).Select(variable => variable.Value), Has.None.Contains(Secret));
    }
}
