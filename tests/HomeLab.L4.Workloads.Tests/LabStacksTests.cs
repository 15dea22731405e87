using HomeLab.L3.OS;
using HomeLab.Testing;

namespace HomeLab.L4.Workloads.Tests;

public class LabStacksTests
{
    private TempDirectory _lab = null!;

    [SetUp]
    public void SetUp() => _lab = new TempDirectory("homelab-labstacks-");

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void The_lab_s_stacks_are_its_compose_files_sorted_by_host_and_stack()
    {
        _lab.File("compose/dock-02/gatus/compose.yaml", "services: {}\n");
        _lab.File("compose/dock-01/whoami/compose.yaml", "services: {}\n");
        _lab.File("compose/dock-01/pihole/compose.yaml", "services: {}\n");
        _lab.File("compose/dock-01/notes/README.md", "not a stack\n");
        var stacks = new LabStacks(new AnsibleLabLayout(_lab.Path));

        Assert.Multiple(() =>
        {
            Assert.That(stacks.All.Select(stack => stack.ToString()), Is.EqualTo(new[] { "dock-01/pihole", "dock-01/whoami", "dock-02/gatus" }));
            Assert.That(stacks.FileOf(new StackReference("dock-01", "whoami")), Is.EqualTo(_lab.Combine("compose", "dock-01", "whoami", "compose.yaml")));
        });
    }

    [Test]
    public void A_missing_stack_is_one_line_naming_the_path_and_the_lab_s_stacks()
    {
        _lab.File("compose/dock-01/whoami/compose.yaml", "services: {}\n");
        var stacks = new LabStacks(new AnsibleLabLayout(_lab.Path));

        var error = Assert.Throws<Cake.Core.CakeException>(() => stacks.FileOf(new StackReference("dock-01", "gatus")))!;

        Assert.That(error.Message, Is.EqualTo("--stack=dock-01/gatus: compose/dock-01/gatus/compose.yaml does not exist; the lab's stacks: dock-01/whoami."));
    }

    [Test]
    public void A_lab_without_stacks_says_where_they_go()
    {
        var error = Assert.Throws<Cake.Core.CakeException>(() => new LabStacks(new AnsibleLabLayout(_lab.Path)).FileOf(new StackReference("dock-01", "whoami")))!;

        Assert.That(error.Message, Does.EndWith("does not exist; the lab has no stacks (compose/<host>/<stack>/compose.yaml)."));
    }
}
