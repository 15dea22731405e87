using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class ContextTests
{
    [Test]
    public void Tasks_that_need_another_context_are_left_out_with_a_warning_which_breaks_their_dependants()
    {
        var run = TestHost.Run(host => host.UseContext<FrostingContext>(), "--target=Plain");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        Assert.That(run.Output, Does.Contain("Task 'Clean' needs a context of type SampleContext but the host's context is FrostingContext; the task is not registered."));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: Task 'Default' is dependent on task 'Pack' which does not exist." }));
    }

    [Test]
    public void The_working_directory_is_the_one_given_to_the_host()
    {
        var run = TestHost.Run("--target=Echo");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(Environment.CurrentDirectory, Is.EqualTo(TestContext.CurrentContext.WorkDirectory));
    }
}
