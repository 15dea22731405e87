using HomeLab.L2.Instances.Cluster;
using HomeLab.L2.Instances.Drift;
using static HomeLab.L2.Instances.Tests.Support.Snapshots;

namespace HomeLab.L2.Instances.Tests.Unit;

public class DriftCalculatorTests
{
    private static readonly string[] DockerTags = ["orchestrator", "terraform", "ubuntu", "docker"];

    [Test]
    public void A_vm_with_the_specs_cores_memory_and_tags_in_another_case_and_order_matches()
    {
        var spec = Docker(SpecBuilder.Host("carrie", tags: ["Docker", "ubuntu"]));
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Vm(101, "carrie", 4, 8192, "docker", "ubuntu")));

        var host = DriftCalculator.Compute([spec], [spec], cluster).Hosts.Single();

        Assert.That(host, Is.EqualTo(host with { State = HostDriftState.Matches, VmId = 101, ActualNode = "maturin" }));
        Assert.That(host.Differences, Is.Empty);
    }

    [Test]
    public void A_missing_host_is_missing()
    {
        var spec = Docker(SpecBuilder.Host("carrie"));
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Template(9000, "carrie")));

        var host = DriftCalculator.Compute([spec], [spec], cluster).Hosts.Single();

        Assert.That(host.State, Is.EqualTo(HostDriftState.Missing), "a template of the same name is not the host");
        Assert.That(host.VmId, Is.Null);
    }

    [Test]
    public void Cores_memory_tags_and_node_are_each_a_difference()
    {
        var spec = Docker(SpecBuilder.Host("carrie", cpu: 4, memoryMb: 8192, tags: ["ubuntu", "docker"]));
        var cluster = Snapshot([Online("maturin"), Online("pve")], Listing("maturin"), Listing("pve", Vm(101, "CARRIE", 2, 4096, "docker", "misc")));

        var host = DriftCalculator.Compute([spec], [spec], cluster).Hosts.Single();

        Assert.That(host.State, Is.EqualTo(HostDriftState.Differs));
        Assert.That(host.Differences, Is.EqualTo(new[]
        {
            new DriftDifference("cpu", "4", "2"),
            new DriftDifference("memory_mb", "8192", "4096"),
            new DriftDifference("tags", "docker;ubuntu", "docker;misc"),
            new DriftDifference("node", "maturin", "pve"),
        }));
    }

    [Test]
    public void The_vm_on_the_hosts_own_node_is_preferred()
    {
        var spec = Docker(SpecBuilder.Host("carrie", tags: []));
        var cluster = Snapshot([Online("maturin"), Online("a")], Listing("a", Vm(100, "carrie")), Listing("maturin", Vm(101, "carrie")));

        Assert.That(DriftCalculator.Compute([spec], [spec], cluster).Hosts.Single().VmId, Is.EqualTo(101));
    }

    [Test]
    public void A_host_on_an_offline_or_unknown_node_is_unknown_with_the_reason()
    {
        var spec = Docker(SpecBuilder.Host("carrie"), SpecBuilder.Host("misery", node: "gilead"), SpecBuilder.Host("patricia", node: "pve"));
        var cluster = Snapshot([Offline("maturin"), Online("pve")],
            new NodeListing("gilead", null, "hostname lookup failed"),
            new NodeListing("maturin", null, "No route to host"),
            new NodeListing("pve", null, "GET /nodes/pve/qemu failed with 500: boom."));

        var hosts = DriftCalculator.Compute([spec], [spec], cluster).Hosts;

        Assert.That(hosts.Select(h => (h.State, h.Reason)), Is.EqualTo(new[]
        {
            (HostDriftState.Unknown, "node maturin is offline"),
            (HostDriftState.Unknown, "node gilead is not in the cluster"),
            (HostDriftState.Unknown, "GET /nodes/pve/qemu failed with 500: boom."),
        }));
    }

    [Test]
    public void A_vm_with_every_tag_the_personas_hosts_share_that_no_spec_names_is_unclaimed()
    {
        var docker = Docker(
            SpecBuilder.Host("carrie", tags: [.. DockerTags, "misc"]),
            SpecBuilder.Host("patricia", tags: [.. DockerTags, "media"]));
        var other = SpecBuilder.Spec("arch", "devops", SpecBuilder.Host("roland", tags: [.. DockerTags]));
        var cluster = Snapshot([Online("maturin")], Listing("maturin",
            Vm(105, "old-docker", 2, 2048, "docker", "orchestrator", "terraform", "ubuntu", "extra"),
            Vm(104, "roland", 2, 2048, DockerTags),
            Vm(103, "partial", 2, 2048, "docker", "ubuntu"),
            Template(9000, "tpl") with { Tags = DockerTags },
            Vm(102, "carrie", 4, 8192, [.. DockerTags, "misc"])));

        var unclaimed = DriftCalculator.Compute([docker], [docker, other], cluster).Unclaimed;

        Assert.That(unclaimed, Is.EqualTo(new[]
        {
            new UnclaimedVm(new PersonaId("ubuntu", "docker"), "maturin", 105, "old-docker", ["docker", "extra", "orchestrator", "terraform", "ubuntu"]),
        }).Using<UnclaimedVm>((a, b) => a.Persona == b.Persona && a.VmId == b.VmId && a.Name == b.Name && a.Tags.SequenceEqual(b.Tags)));
    }

    [Test]
    public void A_vm_carrying_the_tags_of_two_personas_goes_to_the_more_specific()
    {
        var ubuntu = SpecBuilder.Spec("ubuntu", "base", SpecBuilder.Host("a", tags: ["ubuntu"]));
        var docker = Docker(SpecBuilder.Host("b", tags: ["ubuntu", "docker"]));
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Vm(100, "x", 1, 1, "docker", "ubuntu"), Vm(101, "y", 1, 1, "ubuntu")));

        var unclaimed = DriftCalculator.Compute([ubuntu, docker], [ubuntu, docker], cluster).Unclaimed;

        Assert.That(unclaimed.Select(u => $"{u.Name} {u.Persona}"), Is.EqualTo(new[] { "x ubuntu/docker", "y ubuntu/base" }));
    }

    [Test]
    public void A_persona_whose_hosts_share_no_tag_claims_nothing()
    {
        var spec = Docker(SpecBuilder.Host("a", tags: ["x"]), SpecBuilder.Host("b", tags: ["y"]));
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Vm(100, "stray", 1, 1, "x", "y")));

        Assert.That(DriftCalculator.Compute([spec], [spec], cluster).Unclaimed, Is.Empty);
    }

    private static PersonaSpec Docker(params PersonaHost[] hosts) => SpecBuilder.Spec("ubuntu", "docker", hosts);
}
