namespace HomeLab.L2.Instances.Tests.Unit;

public class InstanceProblemTests
{
    [Test]
    public void The_parts_that_apply_are_joined()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new InstanceProblem("f.json", 3, "carrie", "bad").ToString(), Is.EqualTo("f.json:3: carrie: bad"));
            Assert.That(new InstanceProblem("f.json", null, null, "bad").ToString(), Is.EqualTo("f.json: bad"));
            Assert.That(new InstanceProblem(null, null, null, "bad").ToString(), Is.EqualTo("bad"));
        });
    }

    [Test]
    public void A_schema_error_under_a_host_is_shown_as_that_hosts()
    {
        var error = new ManifestError("f.json", 5, "hosts/carrie/terraform/ip", "must be an IPv4 address such as 192.168.86.228");

        var problem = InstanceProblem.FromManifestError(error);

        Assert.That(problem, Is.EqualTo(new InstanceProblem("f.json", 5, "carrie", "terraform/ip: must be an IPv4 address such as 192.168.86.228")));
        Assert.That(InstanceProblem.FromManifestError(new ManifestError("f.json", 2, "hosts", "must not be empty")).ToString(),
            Is.EqualTo("f.json:2: hosts: must not be empty"));
        Assert.That(InstanceProblem.FromManifestError(new ManifestError("f.json", 1, null, "invalid JSON: x")).ToString(),
            Is.EqualTo("f.json:1: invalid JSON: x"));
    }
}
