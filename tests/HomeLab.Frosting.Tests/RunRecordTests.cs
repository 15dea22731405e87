using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Frosting.Tests;

/// <summary>What the host hands the run report writers, from the engine's task events.</summary>
public class RunRecordTests
{
    [Test]
    public void A_run_is_recorded_task_by_task_in_run_order()
    {
        var (run, record) = Run("--target=Pack");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(record.Targets, Is.EqualTo(new[] { "Pack" }));
        Assert.That(record.Arguments, Is.EqualTo(new[] { "--target=Pack" }));
        Assert.That(record.ExitCode, Is.Zero);
        Assert.That(record.Error, Is.Null);
        Assert.That(record.End, Is.GreaterThanOrEqualTo(record.Start));
        Assert.That(record.Tasks.Select(task => task.Name), Is.EqualTo(new[] { "Clean", "Restore", "Lint", "Compile", "Docs", "Pack" }));
        Assert.That(record.Tasks.Where(task => task.Name != "Docs").Select(task => task.Status), Has.All.EqualTo(TaskRunStatus.Succeeded));
        Assert.That(record.Tasks.All(task => task.Start is not null && task.Start >= record.Start), Is.True);
    }

    [Test]
    public void A_skipped_task_has_its_reason_and_criteria()
    {
        var (_, record) = Run("--target=Pack");

        var docs = record.Tasks.Single(task => task.Name == "Docs");
        Assert.That(docs.Status, Is.EqualTo(TaskRunStatus.Skipped));
        Assert.That(docs.SkipReason, Is.EqualTo("no docs on this machine"));
        Assert.That(docs.Criteria, Is.EqualTo("no --with-docs"));
        Assert.That(record.Tasks.Single(task => task.Name == "Clean").Criteria, Is.Null);
    }

    [Test]
    public void A_target_asked_for_beside_others_whose_criteria_are_not_met_is_recorded_as_skipped()
    {
        var (run, record) = Run("--target=Docs", "--target=Clean");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var docs = record.Tasks.Single(task => task.Name == "Docs");
        Assert.That((docs.Status, docs.SkipReason), Is.EqualTo((TaskRunStatus.Skipped, "no docs on this machine")));
        Assert.That(record.Tasks.Single(task => task.Name == "Clean").Status, Is.EqualTo(TaskRunStatus.Succeeded));
    }

    [Test]
    public void A_failed_task_has_its_error_and_the_tasks_after_it_are_not_run()
    {
        var (run, record) = Run("--target=AfterExplode");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(record.ExitCode, Is.EqualTo(run.ExitCode));
        Assert.That(record.Error, Is.EqualTo("The widget exploded."));
        Assert.That(record.Tasks.Select(task => (task.Name, task.Status)), Is.EqualTo(new[]
        {
            ("Explode", TaskRunStatus.Failed), ("AfterExplode", TaskRunStatus.NotRun),
        }));
        Assert.That(record.Tasks[0].Error, Is.EqualTo("The widget exploded."));
        Assert.That(record.Tasks[1].Start, Is.Null);
    }

    [Test]
    public void A_task_exit_code_is_the_record_s()
    {
        var (run, record) = Run("--target=ExitSeven");

        Assert.That(run.ExitCode, Is.EqualTo(7));
        Assert.That(record.ExitCode, Is.EqualTo(7));
    }

    [Test]
    public void An_unknown_target_is_recorded_as_a_failed_run_without_tasks()
    {
        var (run, record) = Run("--target=Nope");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(record.Error, Is.EqualTo("The target 'Nope' was not found."));
        Assert.That(record.Tasks, Is.Empty);
    }

    [TestCase("--dryrun")]
    [TestCase("--tree")]
    [TestCase("--graph=mermaid")]
    [TestCase("--description")]
    [TestCase("--help")]
    [TestCase("--version")]
    public void Runs_that_run_no_task_write_no_report(string option)
    {
        var writer = new RecordingReportWriter();

        var run = TestHost.Run(host => host.ConfigureServices(services => services.AddSingleton<IRunReportWriter>(writer)), "--target=Pack", option);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(writer.Runs, Is.Empty);
    }

    private static (HostRun Run, RunRecord Record) Run(params string[] args)
    {
        var writer = new RecordingReportWriter();
        var run = TestHost.Run(host => host.ConfigureServices(services => services.AddSingleton<IRunReportWriter>(writer)), args);
        Assert.That(writer.Runs, Has.Count.EqualTo(1), "one report per run");
        return (run, writer.Runs[0]);
    }
}
