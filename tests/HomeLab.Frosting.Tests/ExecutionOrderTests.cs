using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class ExecutionOrderTests
{
    [Test]
    public void Without_a_target_runs_Default_and_its_dependencies_in_dependency_order()
    {
        var run = TestHost.Run();

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EquivalentTo(new[] { "Clean", "Restore", "Lint", "Compile", "Pack" }));
        AssertBefore(run.Journal, "Clean", "Restore");
        AssertBefore(run.Journal, "Restore", "Compile");
        AssertBefore(run.Journal, "Compile", "Pack");
    }

    [Test]
    public void IsDependeeOf_makes_the_task_run_before_the_one_it_names()
    {
        var run = TestHost.Run("--target=Compile");

        Assert.That(run.Journal, Does.Contain("Lint"));
        AssertBefore(run.Journal, "Lint", "Compile");
        Assert.That(run.Journal, Does.Not.Contain("Pack"));
    }

    [Test]
    public void A_target_runs_only_its_own_dependencies()
    {
        var run = TestHost.Run("--target", "Restore");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Clean", "Restore" }));
    }

    [Test]
    public void Several_targets_share_their_dependencies_and_run_each_task_once()
    {
        var run = TestHost.Run("--target=Restore", "-t", "Lint", "--target=Compile");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EquivalentTo(new[] { "Clean", "Restore", "Lint", "Compile" }));
    }

    [Test]
    public void The_exclusive_option_runs_the_target_alone()
    {
        var run = TestHost.Run("--target=Compile", "--exclusive");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Compile" }));
    }

    [Test]
    public void A_task_without_TaskName_is_called_by_its_class_name()
    {
        var run = TestHost.Run("--target=UnnamedTask");

        Assert.That(run.Journal, Is.EqualTo(new[] { "UnnamedTask" }));
    }

    [Test]
    public void Tasks_are_resolved_from_the_services_so_they_can_take_constructor_arguments()
    {
        var run = TestHost.Run("--target=Plain");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Plain" }));
    }

    [Test]
    public void The_report_lists_every_task_that_took_part()
    {
        var run = TestHost.Run("--target=Restore");

        Assert.That(Report.Row(run.Output, "Clean"), Does.Contain("Succeeded"));
        Assert.That(Report.Row(run.Output, "Restore"), Does.Contain("Succeeded"));
        Assert.That(Report.Row(run.Output, "Compile"), Is.Null);
    }

    private static void AssertBefore(IReadOnlyList<string> journal, string first, string second)
        => Assert.That(journal.ToList().IndexOf(first), Is.LessThan(journal.ToList().IndexOf(second)), $"{first} should run before {second}: {string.Join(", ", journal)}");
}
