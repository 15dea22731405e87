using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class CriteriaTests
{
    [Test]
    public void A_dependency_whose_ShouldRun_is_false_is_skipped_with_its_reason_in_the_report()
    {
        var run = TestHost.Run("--target=Pack");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Does.Not.Contain("Docs"));
        Assert.That(run.Journal, Does.Contain("Pack"));
        Assert.That(Report.Row(run.Output, "Docs"), Does.Contain("Skipped").And.Contain("no docs on this machine"));
    }

    [Test]
    public void A_dependency_whose_ShouldRun_is_true_runs()
    {
        var run = TestHost.Run("--target=Pack", "--with-docs");

        Assert.That(run.Journal, Does.Contain("Docs"));
        Assert.That(Report.Row(run.Output, "Docs"), Does.Contain("Succeeded"));
    }

    [Test]
    public void A_target_whose_ShouldRun_is_false_fails_the_run_with_the_reason()
    {
        var run = TestHost.Run("--target=Docs");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.ErrorLines, Is.EqualTo(new[]
        {
            "Error: Could not reach target 'Docs' since it was skipped due to a criteria: no docs on this machine.",
        }));
    }

    [Test]
    public void A_target_whose_ShouldRun_is_false_among_several_says_why_and_the_run_goes_on()
    {
        var run = TestHost.Run("--target=Docs", "--target=Pack", "--exclusive");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Journal, Does.Not.Contain("Docs"), "its action does not run");
        Assert.That(run.Journal, Does.Contain("Pack"));
        Assert.That(run.Output, Does.Contain("Docs: skipped: no docs on this machine"));
    }

    [Test]
    public void A_target_whose_ShouldRun_is_true_among_several_runs()
    {
        var run = TestHost.Run("--target=Docs", "--target=Pack", "--exclusive", "--with-docs");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Journal, Does.Contain("Docs").And.Contain("Pack"));
    }
}
