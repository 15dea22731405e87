namespace HomeLab.L4.Workloads.Tests;

public class StackSelectionTests
{
    [Test]
    public void Repeated_and_comma_separated_values_give_each_stack_once_in_order()
    {
        var stacks = StackSelection.Parse(["dock-01/whoami, dock-02/gatus", "dock-01/whoami", "dock-01/pihole"]);

        Assert.That(stacks, Is.EqualTo(new[]
        {
            new StackReference("dock-01", "whoami"),
            new StackReference("dock-02", "gatus"),
            new StackReference("dock-01", "pihole"),
        }));
    }

    [TestCase("dock-01/whoami,", "")]
    [TestCase("dock-01/whoami,whoami", "whoami")]
    public void One_bad_value_among_good_ones_is_one_line(string value, string bad)
    {
        var error = Assert.Throws<ArgumentException>(() => StackSelection.Parse([value]))!;

        Assert.That(error.Message, Does.StartWith($"--stack='{bad}' is not <host>/<stack>"));
    }
}
