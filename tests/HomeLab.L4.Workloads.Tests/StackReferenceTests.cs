namespace HomeLab.L4.Workloads.Tests;

public class StackReferenceTests
{
    [TestCase("dock-01/whoami", "dock-01", "whoami")]
    [TestCase(" carrie/homepage ", "carrie", "homepage")]
    public void A_host_and_a_stack_are_read(string value, string host, string stack)
    {
        Assert.That(StackReference.Parse(value), Is.EqualTo(new StackReference(host, stack)));
    }

    [TestCase("whoami")]
    [TestCase("dock-01/whoami/extra")]
    [TestCase("../etc/passwd")]
    [TestCase("dock-01/..")]
    [TestCase("")]
    public void Anything_else_is_one_line_with_an_example(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => StackReference.Parse(value))!;

        Assert.That(error.Message, Is.EqualTo($"--stack='{value}' is not <host>/<stack>; name a folder of compose/, e.g. --stack=dock-01/whoami."));
    }

    [Test]
    public void The_docker_host_comes_from_the_inventory_variables()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DockerHostAddress.For("dock-01", new Dictionary<string, string?> { ["ansible_host"] = "10.20.0.21", ["ansible_user"] = "lab" }),
                Is.EqualTo("ssh://lab@10.20.0.21"));
            Assert.That(DockerHostAddress.For("dock-01", new Dictionary<string, string?> { ["ansible_host"] = "127.0.0.1", ["ansible_user"] = "root", ["ansible_port"] = "2222" }),
                Is.EqualTo("ssh://root@127.0.0.1:2222"));
            Assert.That(DockerHostAddress.For("dock-01.lan", new Dictionary<string, string?>()), Is.EqualTo("ssh://dock-01.lan"));
            Assert.That(DockerHostAddress.For("v6", new Dictionary<string, string?> { ["ansible_host"] = "fd00::21" }), Is.EqualTo("ssh://[fd00::21]"));
        });
    }
}
