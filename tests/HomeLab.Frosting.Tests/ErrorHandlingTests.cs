using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class ErrorHandlingTests
{
    [Test]
    public void OnError_receives_the_failure_and_handles_it_so_the_build_goes_on()
    {
        var run = TestHost.Run("--target=AfterRecovering");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "OnError: Recoverable trouble.", "Finally: Recovering", "AfterRecovering" }));
        Assert.That(Report.Row(run.Output, "Recovering"), Does.Contain("Failed"));
    }

    [Test]
    public void Finally_runs_when_the_task_fails()
    {
        var run = TestHost.Run("--target=FailingWithFinally");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Finally: FailingWithFinally" }));
        Assert.That(run.ErrorLines, Does.Contain("Error: Broke with cleanup pending."));
    }

    [Test]
    public void Finally_runs_after_a_successful_task_too()
    {
        var run = TestHost.Run("--target=Tidy");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Tidy", "Finally: Tidy" }));
    }

    [Test]
    public void ContinueOnError_lets_the_dependants_run()
    {
        var run = TestHost.Run("--target=AfterFlaky");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "AfterFlaky" }));
        Assert.That(Report.Row(run.Output, "Flaky"), Does.Contain("Failed"));
    }
}
