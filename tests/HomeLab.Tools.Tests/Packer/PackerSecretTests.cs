using Cake.Core;
using Cake.Core.Diagnostics;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>Secrets reach packer through its environment and nowhere else: not its arguments, not the log.</summary>
public class PackerSecretTests : FakePackerFixture
{
    private static readonly PveVariables Lab = new()
    {
        AccessHost = "pve.lan:8006",
        TokenId = "gitops@pve!packer",
        TokenSecret = Secret,
        Node = "pve1",
        StorageVm = "local-lvm",
    };

    [Test]
    public void The_pve_variables_reach_packer_through_its_environment_only()
    {
        var packer = InstallFake();

        Context().PackerBuild(Template, new PackerBuildSettings().WithPveEnvironment(Lab));

        var call = packer.SingleCall();
        Assert.That(call.Environment["PKR_VAR_pm_token_secret"], Is.EqualTo(Secret));
        Assert.That(call.Environment["PM_TOKEN_SECRET"], Is.EqualTo(Secret));
        Assert.That(call.Environment["PROXMOX_TOKEN"], Is.EqualTo(Secret));
        Assert.That(call.Environment["PKR_VAR_pve_node"], Is.EqualTo("pve1"));
        Assert.That(call.Environment["PVE_STORAGE_VM"], Is.EqualTo("local-lvm"));
        Assert.That(call.Environment["PROXMOX_URL"], Is.EqualTo("https://pve.lan:8006/api2/json"));
        Assert.That(call.Environment["PROXMOX_USERNAME"], Is.EqualTo("gitops@pve!packer"));
        Assert.That(call.Arguments, Is.EqualTo(new[] { "build", "-color=false", TemplateDirectory }));
    }

    [Test]
    public void Packers_output_is_logged_line_by_line_with_the_secret_masked()
    {
        InstallFake(extraOutput: "==> proxmox-iso.ubuntu: Creating VM\n==> proxmox-iso.ubuntu: Converting to template");
        var seen = new List<string>();
        var settings = new PackerBuildSettings { OutputLineReceived = seen.Add }.WithPveEnvironment(Lab);

        Context().PackerBuild(Template, settings);

        Assert.That(Log.AllText, Does.Not.Contain(Secret));
        var output = Log.Entries.Where(e => e.Verbosity == Verbosity.Normal).ToList();
        Assert.That(output.Where(e => e.Level == LogLevel.Information).Select(e => e.Text), Is.EqualTo(new[]
        {
            "fake packer build",
            "token=[REDACTED]",
            "==> proxmox-iso.ubuntu: Creating VM",
            "==> proxmox-iso.ubuntu: Converting to template",
        }));
        Assert.That(output.Where(e => e.Level == LogLevel.Warning).Select(e => e.Text), Is.EqualTo(new[] { "stderr-token=[REDACTED]" }));
        Assert.That(seen, Does.Contain("token=[REDACTED]").And.Not.Contain("token=" + Secret));
        Assert.That(Log.Messages, Has.Some.StartsWith("Executing: "), "Cake's own command-line log is kept");
    }

    [Test]
    public void A_secret_the_process_already_holds_is_masked_too()
    {
        InstallFake();
        Scope.Set("PM_TOKEN_SECRET", Secret);

        Context().PackerBuild(Template);

        Assert.That(Log.Messages, Does.Contain("token=[REDACTED]"));
        Assert.That(Log.AllText, Does.Not.Contain(Secret));
    }

    [Test]
    public void Reading_the_output_back_in_a_post_action_echoes_no_raw_line()
    {
        InstallFake();
        var read = new List<string>();
        var settings = new PackerBuildSettings { PostAction = process => read.AddRange(process.GetStandardOutput()) }
            .WithPveEnvironment(Lab);

        Context().PackerBuild(Template, settings);

        Assert.That(read, Is.Empty, "the lines went to the log, not into Cake's buffer");
        Assert.That(Log.AllText, Does.Not.Contain(Secret));
    }

    [Test]
    public void The_callers_redactor_masks_what_the_wrapper_does_not_know()
    {
        InstallFake(extraOutput: "doppler says dp-extra-value-42");

        Context().PackerBuild(Template, new PackerBuildSettings { Redact = line => line.Replace("dp-extra-value-42", "***") });

        Assert.That(Log.Messages, Does.Contain("doppler says ***"));
    }

    [Test]
    public void A_secret_put_on_the_command_line_is_refused_before_packer_runs()
    {
        var packer = InstallFake();
        var settings = new PackerBuildSettings()
            .WithSecretEnvironmentVariable("PKR_VAR_pm_token_secret", Secret)
            .WithVariable("pm_token_secret", Secret);

        var error = Assert.Throws<CakeException>(() => Context().PackerBuild(Template, settings))!;

        Assert.That(error.Message, Is.EqualTo(
            "A packer argument holds the value of the secret PKR_VAR_pm_token_secret; pass secrets through " +
            "PackerSettings.SecretEnvironmentVariables (PKR_VAR_…), never as -var."));
        Assert.That(error.Message, Does.Not.Contain(Secret));
        Assert.That(packer.Calls(), Is.Empty);
    }

    [Test]
    public void A_failed_build_is_one_line_with_packers_error_and_no_secret()
    {
        InstallFake(exitCode: 1, extraOutput: $"Error: 401 Unauthorized: permission denied for token {Secret}");

        var error = Assert.Throws<CakeException>(() =>
            Context().PackerBuild(Template, new PackerBuildSettings().WithPveEnvironment(Lab)))!;

        Assert.That(error.Message, Is.EqualTo(
            "packer build failed (exit code 1): Error: 401 Unauthorized: permission denied for token [REDACTED]. The full output is in the log above."));
        Assert.That(error.ExitCode, Is.EqualTo(1));
        Assert.That(Log.AllText, Does.Not.Contain(Secret));
    }

    [Test]
    public void Handle_exit_code_lets_the_caller_decide()
    {
        InstallFake(exitCode: 3);
        var seen = -1;

        Context().PackerBuild(Template, new PackerBuildSettings { HandleExitCode = code => (seen = code) == 3 });

        Assert.That(seen, Is.EqualTo(3));
    }
}
