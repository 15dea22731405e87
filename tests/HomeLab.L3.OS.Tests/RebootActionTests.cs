namespace HomeLab.L3.OS.Tests;

/// <summary>The reboot actions keep the original tooling's mapping exactly.</summary>
public class RebootActionTests
{
    [TestCase(null, "dryrun", "false", true, null)]
    [TestCase("", "dryrun", "false", true, null)]
    [TestCase("DryRun", "dryrun", "false", true, null)]
    [TestCase("check", "check", "false", false, null)]
    [TestCase(" FORCE ", "check", "true", false, 1)]
    public void Each_action_maps_to_the_originals_vars_and_flags(string? value, string rebootAction, string forceReboot, bool diff, int? forks)
    {
        var action = RebootAction.Parse(value);

        Assert.That(action.ExtraVars, Is.EqualTo(new Dictionary<string, string> { ["reboot_action"] = rebootAction, ["force_reboot"] = forceReboot }));
        Assert.That(action.Diff, Is.EqualTo(diff));
        Assert.That(action.Forks, Is.EqualTo(forks));
    }

    [TestCase("reboot")]
    [TestCase("now")]
    public void Any_other_value_is_one_line_naming_the_three(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => RebootAction.Parse(value))!;

        Assert.That(error.Message, Is.EqualTo(
            $"'{value}' is not a reboot action; use --action=dryrun (report only), check (reboot where required) or force (reboot every host, one at a time)."));
    }
}
