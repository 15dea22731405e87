using HomeLab.L2.Instances.Checks;
using HomeLab.L2.Instances.Cluster;
using static HomeLab.L2.Instances.Tests.Support.Snapshots;

namespace HomeLab.L2.Instances.Tests.Unit;

public class ClusterChecksTests
{
    private const string File = "infra/os/ubuntu/personas/docker/spec/terraform.json";
    private static readonly StableTemplate Stable = new("ubuntu", "infra/os/ubuntu/spec/vm-template-stable.json", 9000, null);

    [Test]
    public void A_host_on_an_online_node_holding_its_template_passes()
    {
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Template(9000)));

        Assert.That(ClusterChecks.Check([Placement("carrie")], cluster), Is.Empty);
    }

    [Test]
    public void A_node_not_in_the_cluster_lists_the_clusters_nodes()
    {
        var cluster = Snapshot([Online("pve"), Online("maturin")], new NodeListing("gilead", null, "hostname lookup 'gilead' failed"));

        var problems = ClusterChecks.Check([Placement("carrie", node: "gilead")], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:11: carrie: node gilead is not in the cluster; use one of its nodes (maturin, pve).",
        }));
    }

    [Test]
    public void An_offline_node_is_reported_once_per_host_and_its_failed_listing_not_at_all()
    {
        var cluster = Snapshot([Offline("maturin")], new NodeListing("maturin", null, "No route to host"));

        var problems = ClusterChecks.Check([Placement("carrie"), Placement("misery", line: 13)], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:11: carrie: node maturin is offline; bring it back online, or move the host to an online node.",
            $"{File}:21: misery: node maturin is offline; bring it back online, or move the host to an online node.",
        }));
    }

    [Test]
    public void A_template_vmid_that_is_not_on_the_node_says_where_it_is()
    {
        var cluster = Snapshot([Online("maturin"), Online("pve")], Listing("maturin"), Listing("pve", Template(9000)));

        var problems = ClusterChecks.Check([Placement("carrie")], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:10: carrie: template VM 9000 of infra/os/ubuntu/spec/vm-template-stable.json is not on node maturin (it is on node pve); " +
            "build the template there (L1) or place the host on the template's node.",
        }));
    }

    [Test]
    public void A_vmid_that_is_an_ordinary_vm_is_not_a_template()
    {
        var cluster = Snapshot([Online("maturin")], Listing("maturin", Vm(9000, "carrie")));

        var problems = ClusterChecks.Check([Placement("carrie")], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"{File}:10: carrie: VM 9000 (carrie) on node maturin, named by infra/os/ubuntu/spec/vm-template-stable.json, is not a template; promote the artifact of a template build.",
        }));
    }

    [Test]
    public void A_host_whose_template_did_not_resolve_is_only_checked_for_its_node()
    {
        var cluster = Snapshot([Online("maturin")], Listing("maturin"));

        Assert.That(ClusterChecks.Check([Placement("carrie", resolved: false)], cluster), Is.Empty);
    }

    [Test]
    public void A_failed_node_list_is_one_problem_without_a_file()
    {
        var cluster = new ClusterSnapshot(null, "The token lacks Sys.Audit on /nodes.", [Listing("maturin")]);

        var problems = ClusterChecks.Check([Placement("carrie")], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Proxmox API: The token lacks Sys.Audit on /nodes.; the hosts' nodes and templates could not be checked.",
        }));
    }

    [Test]
    public void A_failed_listing_of_an_online_node_is_one_problem_for_the_node()
    {
        var cluster = Snapshot([Online("maturin")], new NodeListing("maturin", null, "GET /nodes/maturin/qemu failed with 500: boom."));

        var problems = ClusterChecks.Check([Placement("carrie"), Placement("misery", line: 13)], cluster).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Proxmox API: the VMs of node maturin could not be listed (GET /nodes/maturin/qemu failed with 500: boom.); its hosts' templates were not checked.",
        }));
    }

    private static HostPlacement Placement(string name, string node = "maturin", int line = 3, bool resolved = true)
    {
        var host = SpecBuilder.Host(name, node: node, line: line);
        return new HostPlacement(SpecBuilder.Spec("ubuntu", "docker", host), host, resolved ? Stable : null);
    }
}
