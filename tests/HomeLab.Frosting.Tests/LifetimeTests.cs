using Cake.Frosting;
using HomeLab.Frosting.Tests.Sample;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class LifetimeTests
{
    [Test]
    public void The_lifetime_wraps_the_run_and_the_task_lifetime_wraps_each_task()
    {
        var run = TestHost.Run(host => host.UseLifetime<SampleLifetime>().UseTaskLifetime<SampleTaskLifetime>(), "--target=Restore");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[]
        {
            "Setup: Clean,Restore",
            "TaskSetup: Clean", "Clean", "TaskTeardown: Clean",
            "TaskSetup: Restore", "Restore", "TaskTeardown: Restore",
            "Teardown: successful=True",
        }));
    }

    [Test]
    public void Teardown_runs_and_sees_the_failure_when_a_task_fails()
    {
        var run = TestHost.Run(host => host.UseLifetime<SampleLifetime>(), "--target=Explode");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Journal, Is.EqualTo(new[] { "Setup: Explode", "Teardown: successful=False" }));
    }

    [Test]
    public void Setup_and_teardown_are_registered_separately_too()
    {
        var run = TestHost.Run(host => host.UseSetup<SampleLifetime>().UseTaskTeardown<SampleTaskLifetime>(), "--target=Clean");

        Assert.That(run.Journal, Is.EqualTo(new[] { "Setup: Clean", "Clean", "TaskTeardown: Clean" }));
    }

    [Test]
    public void A_startup_configures_the_services()
    {
        var run = TestHost.Run(host => host.UseStartup<SampleStartup>(), "--target=Clean");

        Assert.That(run.Journal, Is.EqualTo(new[] { "Setup: Clean", "Clean", "Teardown: successful=True" }));
    }

    [Test]
    public void A_dry_run_runs_the_setup_but_no_task_or_task_lifetime()
    {
        var run = TestHost.Run(host => host.UseLifetime<SampleLifetime>().UseTaskLifetime<SampleTaskLifetime>(), "--target=Restore", "--dryrun");

        Assert.That(run.Journal, Does.Not.Contain("Clean").And.Not.Contain("TaskSetup: Clean"));
        Assert.That(run.Journal, Does.Contain("Setup: Clean,Restore"));
    }
}
