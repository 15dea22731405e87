using Cake.Frosting;
using HomeLab.Frosting.Tests.Sample;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

// The sample task passes a secret argument to a real `echo` and keeps what it printed in the journal,
// which proves the process got the secret; the console must only ever show it redacted.
public class SecretTests
{
    [Test]
    public void The_command_line_shown_by_Settings_ShowProcessCommandLine_redacts_secret_arguments()
    {
        var run = TestHost.Run("--target=SecretProcess", "--settings_showprocesscommandline=true");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { $"visible-argument {SecretProcessTask.Secret}" }));
        Assert.That(run.Output, Does.Contain("visible-argument [REDACTED]"));
        Assert.That(run.Output, Does.Not.Contain(SecretProcessTask.Secret));
    }

    [Test]
    public void The_setting_can_come_from_the_host_as_a_base_setting()
    {
        var run = TestHost.Run(host => host.UseCakeSetting("Settings_ShowProcessCommandLine", "true"), "--target=SecretProcess");

        Assert.That(run.Output, Does.Contain("visible-argument [REDACTED]"));
        Assert.That(run.Output, Does.Not.Contain(SecretProcessTask.Secret));
    }

    [Test]
    public void The_command_line_and_the_echoed_output_are_redacted_at_diagnostic_verbosity()
    {
        var run = TestHost.Run("--target=SecretProcess", "--verbosity=diagnostic");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { $"visible-argument {SecretProcessTask.Secret}" }));
        Assert.That(run.Output, Does.Contain("[REDACTED]"));
        Assert.That(run.Output, Does.Not.Contain(SecretProcessTask.Secret));
    }

    [Test]
    public void Without_the_setting_the_command_line_is_not_shown_at_normal_verbosity()
    {
        var run = TestHost.Run("--target=SecretProcess");

        Assert.That(run.Output, Does.Not.Contain("visible-argument"));
    }
}
