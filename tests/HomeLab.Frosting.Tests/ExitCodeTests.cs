using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class ExitCodeTests
{
    [Test]
    public void A_successful_run_exits_with_zero_and_no_errors()
    {
        var run = TestHost.Run("--target=Compile");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.ErrorLines, Is.Empty);
    }

    [Test]
    public void A_failing_task_fails_the_run_with_one_error_line_and_stops_its_dependants()
    {
        var run = TestHost.Run("--target=AfterExplode");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Journal, Does.Not.Contain("AfterExplode"));
        Assert.That(run.ErrorLines.Where(line => line.StartsWith("Error:")), Is.EqualTo(new[] { "Error: The widget exploded." }));
        Assert.That(Report.Row(run.Output, "Explode"), Does.Contain("Failed"));
        Assert.That(run.Output, Does.Not.Contain("   at "), "no stack trace below diagnostic verbosity");
    }

    [Test]
    public void At_diagnostic_verbosity_the_failure_comes_with_its_stack_trace()
    {
        var run = TestHost.Run("--target=Explode", "--verbosity=diagnostic");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("System.InvalidOperationException: The widget exploded."));
        Assert.That(run.Output, Does.Contain("   at "));
    }

    [Test]
    public void The_exit_code_of_a_CakeException_thrown_by_a_task_is_the_exit_code_of_the_run()
    {
        var run = TestHost.Run("--target=ExitSeven");

        Assert.That(run.ExitCode, Is.EqualTo(7));
        Assert.That(run.ErrorLines, Does.Contain("Error: The tool said no."));
    }

    [Test]
    public void An_unknown_target_fails_with_one_line_naming_it()
    {
        var run = TestHost.Run("--target=Nope");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: The target 'Nope' was not found." }));
        Assert.That(run.Journal, Is.Empty);
    }

    [Test]
    public void A_working_directory_that_does_not_exist_fails_with_one_line_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "homelab-frosting-missing-" + Guid.NewGuid().ToString("N"));

        var run = TestHost.Run("--working", missing, "--target=Clean");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"Error: The working directory '{missing}' does not exist." }));
        Assert.That(run.Journal, Is.Empty);
    }
}
