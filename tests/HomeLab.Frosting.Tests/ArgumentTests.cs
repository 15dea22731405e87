using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class ArgumentTests
{
    [Test]
    public void Unknown_options_reach_the_tasks_as_Cake_arguments()
    {
        var run = TestHost.Run("--target=Echo", "--foo=bar", "--flag", "--multi=a", "--multi", "b");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.EqualTo(new[] { "foo=bar", "flag=True", "multi=a,b" }));
    }

    [Test]
    public void Arguments_not_given_fall_back_to_the_task_defaults()
    {
        var run = TestHost.Run("--target=Echo");

        Assert.That(run.Journal, Is.EqualTo(new[] { "foo=none", "flag=False", "multi=" }));
    }

    [Test]
    public void Argument_names_are_case_insensitive()
    {
        var run = TestHost.Run("--target=Echo", "--FOO", "loud");

        Assert.That(run.Journal, Does.Contain("foo=loud"));
    }

    [Test]
    public void The_target_option_is_also_accepted_capitalised_as_in_Cake()
    {
        var run = TestHost.Run("--Target=Restore");

        Assert.That(run.Journal, Is.EqualTo(new[] { "Clean", "Restore" }));
    }
}
