using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Terraform;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Terraform;

/// <summary>
/// The command lines the settings produce, read through TerraformDescribe without running anything, so that they
/// hold whether or not terraform is installed (the host prints them when it is not).
/// </summary>
public class TerraformDescribeTests
{
    private const string Secret = "tf-describe-secret-77c3";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private ICakeContext _context = null!;
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _scope = new EnvironmentScope();
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        _root = _temp.Directory("lab", "terraform", "l2", "ubuntu_docker");
        _context = RealCakeContext.Create(new CapturingLog(), _temp.Combine("lab"));
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Init_passes_its_flags_after_chdir_and_the_command()
    {
        var settings = new TerraformInitSettings
        {
            Root = new DirectoryPath("terraform/l2/ubuntu_docker"),
            NoColor = true,
            Backend = false,
            Upgrade = true,
            ForceReconfigure = true,
            ForceCopy = true,
        }.WithBackendConfig("key", "l2/ubuntu_docker/terraform.tfstate").WithBackendConfig("region", "eu west");

        var command = _context.TerraformDescribe(settings);

        Assert.That(command.Arguments, Is.EqualTo(
            $"-chdir=\"{_root}\" init -no-color -input=false -backend=false " +
            "-backend-config \"key=l2/ubuntu_docker/terraform.tfstate\" -backend-config \"region=eu west\" -upgrade -reconfigure -force-copy"));
    }

    [Test]
    public void Init_by_default_neither_upgrades_nor_reconfigures()
    {
        var command = _context.TerraformDescribe(new TerraformInitSettings { Root = _root, NoColor = false });

        Assert.That(command.Arguments, Is.EqualTo($"-chdir=\"{_root}\" init -input=false"));
    }

    [Test]
    public void Plan_passes_every_option_and_quotes_the_plan_file()
    {
        var settings = new TerraformPlanSettings
        {
            Root = _root,
            NoColor = true,
            OutFile = new FilePath("plans/ubuntu docker.tfplan"),
            Destroy = true,
            Refresh = false,
            Parallelism = 4,
            LockTimeout = TimeSpan.FromSeconds(1.5),
            InputVariablesFile = new FilePath("common.tfvars"),
        }.WithInputVariable("storage", "local-lvm");

        var command = _context.TerraformDescribe(settings);

        var lab = _temp.Combine("lab");
        Assert.That(command.Arguments, Is.EqualTo(
            $"-chdir=\"{_root}\" plan -no-color -input=false -detailed-exitcode -out=\"{Path.Combine(lab, "plans", "ubuntu docker.tfplan")}\" " +
            $"-destroy -refresh=false -parallelism=4 -lock-timeout=2s -var-file=\"{Path.Combine(lab, "common.tfvars")}\" -var \"storage=local-lvm\""));
    }

    [Test]
    public void Plan_without_an_out_file_saves_nothing()
    {
        var command = _context.TerraformDescribe(new TerraformPlanSettings { NoColor = true });

        Assert.That(command.Arguments, Is.EqualTo("plan -no-color -input=false -detailed-exitcode"));
    }

    [Test]
    public void Apply_puts_its_flags_before_the_saved_plan()
    {
        var settings = new TerraformApplySettings
        {
            Root = _root, NoColor = true, Plan = new FilePath("plans/l2.tfplan"), Parallelism = 2, LockTimeout = TimeSpan.FromMinutes(1),
        };

        var command = _context.TerraformDescribe(settings);

        Assert.That(command.Arguments, Is.EqualTo(
            $"-chdir=\"{_root}\" apply -no-color -input=false -auto-approve -parallelism=2 -lock-timeout=60s \"{_temp.Combine("lab", "plans", "l2.tfplan")}\""));
        Assert.That(command.Arguments, Does.Not.Contain("-var"));
    }

    [Test]
    public void Show_output_validate_and_version_ask_for_json()
    {
        var plan = _temp.Combine("lab", "l2.tfplan");

        Assert.That(_context.TerraformDescribe(new TerraformShowSettings { NoColor = false, PlanFile = plan }).Arguments, Is.EqualTo($"show -json \"{plan}\""));
        Assert.That(_context.TerraformDescribe(new TerraformOutputSettings { NoColor = false }).Arguments, Is.EqualTo("output -json"));
        Assert.That(_context.TerraformDescribe(new TerraformValidateSettings { NoColor = false }).Arguments, Is.EqualTo("validate -json"));
        Assert.That(_context.TerraformDescribe(new TerraformVersionSettings { NoColor = false }).Arguments, Is.EqualTo("version -json"));
    }

    [Test]
    public void No_color_follows_whether_the_console_output_is_redirected_unless_forced()
    {
        var byDefault = _context.TerraformDescribe(new TerraformOutputSettings()).Arguments;

        Assert.That(byDefault.Contains("-no-color", StringComparison.Ordinal), Is.EqualTo(Console.IsOutputRedirected));
        Assert.That(_context.TerraformDescribe(new TerraformOutputSettings { NoColor = true }).Arguments, Is.EqualTo("output -no-color -json"));
        Assert.That(_context.TerraformDescribe(new TerraformOutputSettings { NoColor = false }).Arguments, Is.EqualTo("output -json"));
    }

    [Test]
    public void A_described_command_names_the_environment_but_shows_no_value()
    {
        var settings = new TerraformPlanSettings { Root = _root, NoColor = true }.WithProxmoxVariables(new TerraformProxmoxVariables
        {
            AccessHost = "https://pve.test:8006", TokenId = "terraform@pve!l2", TokenSecret = Secret, PublicKey = "ssh-ed25519 AAAA test",
        });
        settings.ArgumentCustomization = arguments => arguments.AppendSecret(Secret).Append("-var").AppendQuoted("note=" + Secret);

        var command = _context.TerraformDescribe(settings);

        Assert.That(command.Program, Is.EqualTo("terraform"), "terraform is not on PATH here");
        Assert.That(command.WorkingDirectory, Is.EqualTo(_temp.Combine("lab")));
        Assert.That(command.EnvironmentVariableNames, Is.EqualTo(new[]
        {
            "CHECKPOINT_DISABLE", "TF_INPUT", "TF_IN_AUTOMATION", "TF_VAR_pm_token_id", "TF_VAR_pm_token_secret",
            "TF_VAR_proxmox_vm_public_key", "TF_VAR_pve_access_host",
        }));
        Assert.That(command.Arguments, Does.EndWith("-detailed-exitcode [REDACTED] -var \"note=[REDACTED]\""));
        Assert.That(command.ToString(), Is.EqualTo(
            $"terraform {command.Arguments} (in {_temp.Combine("lab")}; environment: {string.Join(", ", command.EnvironmentVariableNames)})"));
        Assert.That(command.ToString(), Does.Not.Contain(Secret));
    }

    [Test]
    public void Negative_parallelism_is_one_line()
    {
        var error = Assert.Throws<CakeException>(() => _context.TerraformDescribe(new TerraformPlanSettings { Parallelism = -1 }))!;

        Assert.That(error.Message, Is.EqualTo("Parallelism must be 0 (terraform's default) or more, not -1."));
    }
}
