using Cake.Cli;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests;

public class OptionTests
{
    [Test]
    public void Dry_run_lists_the_tasks_in_order_and_runs_none()
    {
        var run = TestHost.Run("--target=Pack", "--dryrun");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        var lines = Lines(run.Output);
        Assert.That(lines, Does.Contain("Performing dry run..."));
        Assert.That(lines.Where(line => char.IsDigit(line.FirstOrDefault())), Has.Some.EqualTo("5. Pack"));
        Assert.That(lines.IndexOf("1. Clean"), Is.LessThan(lines.IndexOf("5. Pack")));
        Assert.That(lines, Does.Contain("No tasks were actually executed."));
    }

    [TestCase("--noop")]
    [TestCase("--whatif")]
    public void Dry_run_has_the_aliases_of_Cake(string option)
    {
        var run = TestHost.Run("--target=Clean", option);

        Assert.That(run.Journal, Is.Empty);
        Assert.That(run.Output, Does.Contain("No tasks were actually executed."));
    }

    [Test]
    public void Tree_shows_the_dependency_graph_and_runs_nothing()
    {
        var run = TestHost.Run("--tree");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        var lines = Lines(run.Output);
        Assert.That(lines, Does.Contain("Default"));
        Assert.That(lines, Does.Contain("└─Pack"));
        Assert.That(lines.IndexOf("Default"), Is.LessThan(lines.IndexOf("└─Pack")));
        Assert.That(lines, Has.Some.EndsWith("─Compile").And.Some.EndsWith("─Clean"));
    }

    [Test]
    public void Description_lists_the_tasks_with_their_descriptions_and_runs_nothing()
    {
        var run = TestHost.Run("--description");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        Assert.That(Lines(run.Output), Has.Some.Match(@"^Compile\s+Compiles the sample$"));
        Assert.That(Lines(run.Output), Has.Some.Match(@"^Clean\s+Removes old output$"));
    }

    [Test]
    public void Dry_run_wins_over_tree_and_tree_over_description()
    {
        var dryRun = TestHost.Run("--tree", "--description", "--dryrun", "--target=Clean");
        var tree = TestHost.Run("--description", "--tree");

        Assert.That(dryRun.Output, Does.Contain("Performing dry run..."));
        Assert.That(dryRun.Output, Does.Not.Contain("└─"));
        Assert.That(Lines(tree.Output), Does.Contain("└─Pack"));
        Assert.That(tree.Output, Does.Not.Contain("Compiles the sample"));
    }

    [Test]
    public void Version_prints_the_version_of_the_host_and_runs_nothing()
    {
        var run = TestHost.Run("--version");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        Assert.That(run.Output.Trim(), Is.EqualTo(new VersionResolver().GetVersion()));
    }

    [Test]
    public void Help_lists_the_options_and_runs_nothing()
    {
        var run = TestHost.Run("--help");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        Assert.That(run.Output, Does.Contain("--target <TARGET>").And.Contain("--exclusive").And.Contain("--dryrun").And.Contain("--tree"));
    }

    [Test]
    public void The_report_can_be_turned_off_with_the_Cake_setting()
    {
        var withReport = TestHost.Run("--target=Clean");
        var withoutReport = TestHost.Run("--target=Clean", "--settings_noreport=true");

        Assert.That(Report.Row(withReport.Output, "Clean"), Is.Not.Null);
        Assert.That(Report.Row(withoutReport.Output, "Clean"), Is.Null);
        Assert.That(withoutReport.Journal, Is.EqualTo(new[] { "Clean" }));
    }

    [Test]
    public void Normal_verbosity_shows_the_information_that_tasks_log()
    {
        var run = TestHost.Run("--target=Chatty");

        Assert.That(run.Output, Does.Contain("chatty information line"));
        Assert.That(run.Output, Does.Not.Contain("chatty verbose line"));
    }

    [TestCase("--verbosity=quiet")]
    [TestCase("-v", "q")]
    [TestCase("--settings_verbosity=minimal")]
    public void Lower_verbosity_hides_it(params string[] option)
    {
        var run = TestHost.Run(["--target=Chatty", .. option]);

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Output, Does.Not.Contain("chatty information line"));
    }

    [TestCase("--verbosity=verbose")]
    [TestCase("-v", "Diagnostic")]
    public void Higher_verbosity_shows_more(params string[] option)
    {
        var run = TestHost.Run(["--target=Chatty", .. option]);

        Assert.That(run.Output, Does.Contain("chatty verbose line"));
    }

    [Test]
    public void A_bad_verbosity_is_one_error_line_and_a_failed_run()
    {
        var run = TestHost.Run("--verbosity=loud");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Journal, Is.Empty);
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "Error: The value 'loud' is not a valid verbosity. Run with --help to see the options." }));
        Assert.That(run.Output, Does.Not.Contain("   at "));
    }

    [Test]
    public void An_option_without_its_value_is_one_error_line_and_a_failed_run()
    {
        var run = TestHost.Run("--target");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.ErrorLines[0], Does.StartWith("Error: ").And.Contain("target"));
    }

    private static List<string> Lines(string output)
        => output.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
}
