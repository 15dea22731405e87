using HomeLab.Build;

namespace HomeLab.Frosting.Tests;

public class TargetAliasesTests
{
    [TestCase("L0", "Runway")]
    [TestCase("L1", "Templates")]
    [TestCase("L2", "Instances")]
    [TestCase("L3", "OS")]
    [TestCase("l4", "Workloads")]
    public void A_layer_alias_names_its_task(string alias, string task)
    {
        Assert.That(TargetAliases.Expand([$"--target={alias}"]), Is.EqualTo(new[] { $"--target={task}" }));
    }

    [Test]
    public void Every_target_option_form_is_expanded()
    {
        string[] args = ["-t", "l1", "--target", "L2", "--Target=l3", "-t=L0", "--target:L4"];

        Assert.That(
            TargetAliases.Expand(args),
            Is.EqualTo(new[] { "-t", "Templates", "--target", "Instances", "--Target=OS", "-t=Runway", "--target:Workloads" }));
    }

    [Test]
    public void Other_targets_and_arguments_pass_through_unchanged()
    {
        string[] args = ["--target=Clean", "--foo", "L1", "--bar=L2", "L3", "--exclusive", "--target", "Runway"];

        Assert.That(TargetAliases.Expand(args), Is.EqualTo(args));
    }

    [Test]
    public void With_exclusive_a_layer_of_several_tasks_runs_all_of_its_own()
    {
        Assert.That(
            TargetAliases.Expand(["--target=L2", "--exclusive", "-t", "L1", "--target=L0"]),
            Is.EqualTo(new[]
            {
                "--target=Secrets", "--target=PlanInstances", "--target=ApplyInstances", "--target=Instances", "--exclusive",
                "-t", "BuildTemplates", "-t", "PromoteStable", "-t", "Templates", "--target=Runway",
            }), "the secrets are loaded once, first; L0 stays alone");
        Assert.That(TargetAliases.Expand(["--target=L2"]), Is.EqualTo(new[] { "--target=Instances" }), "without --exclusive the layers below run too");
        Assert.That(TargetAliases.Expand(["--target=L4", "--exclusive"]), Is.EqualTo(new[] { "--target=Secrets", "--target=ConvergeWorkloads", "--target=DeployStacks", "--target=Workloads", "--exclusive" }),
            "L4 loads the secrets, converges, deploys the stacks, then closes");
        Assert.That(TargetAliases.Expand(["--target=L3", "-e"]), Is.EqualTo(new[] { "--target=Secrets", "--target=OS", "-e" }));
        Assert.That(TargetAliases.Expand(["--target=L0", "--exclusive"]), Is.EqualTo(new[] { "--target=Runway", "--exclusive" }));
    }

    [Test]
    public void A_target_option_at_the_end_without_a_value_is_left_for_the_host_to_report()
    {
        Assert.That(TargetAliases.Expand(["--simulate", "--target"]), Is.EqualTo(new[] { "--simulate", "--target" }));
    }

    [Test]
    public void The_layers_are_listed_lowest_first()
    {
        Assert.That(TargetAliases.Layers.Select(layer => layer.Alias), Is.EqualTo(new[] { "L0", "L1", "L2", "L3", "L4" }));
    }
}
