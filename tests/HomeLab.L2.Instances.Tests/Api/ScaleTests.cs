using System.Diagnostics;
using HomeLab.L2.Instances.Validation;

namespace HomeLab.L2.Instances.Tests.Api;

/// <summary>A lab the size of the benchmark's (50 personas of 4 hosts) still needs one read of the cluster; a node no host uses is not listed.</summary>
public class ScaleTests
{
    [Test]
    public async Task Fifty_personas_of_four_hosts_are_checked_with_one_node_list_and_a_listing_of_the_one_node_they_use()
    {
        using var lab = new TestLab();
        await using var cluster = await SimulatedCluster.StartAsync();
        var second = cluster.Simulator.State.AddNode("gilead");
        SimulatedCluster.AddTemplate(cluster.Maturin, 9000, "tpl-ubuntu");
        SimulatedCluster.AddTemplate(second, 9001, "tpl-ubuntu-copy");
        lab.WriteStable("ubuntu", 9000);
        for (var p = 0; p < 50; p++)
        {
            lab.TerraformRoot($"ubuntu_p{p:00}");
            var hosts = Enumerable.Range(0, 4)
                .Select(h => new SpecHost($"p{p:00}-h{h}", $"10.0.0.{(p * 4) + h + 10}", Node: "maturin", Tags: ["ubuntu", $"p{p:00}"]))
                .ToArray();
            lab.WriteSpec("ubuntu", $"p{p:00}", hosts);
            SimulatedCluster.AddHostVm(cluster.Maturin, 1000 + p, $"p{p:00}-h0", 4, 8192, $"p{p:00};ubuntu");
        }

        var validator = new PreTerraformValidator(lab.Manifests, cluster.Client);
        await validator.RunAsync(new PreTerraformOptions());
        cluster.Requests.Clear();
        var watch = Stopwatch.StartNew();

        var result = await validator.RunAsync(new PreTerraformOptions());

        watch.Stop();
        TestContext.Out.WriteLine($"warm validation and drift of 200 hosts: {watch.ElapsedMilliseconds} ms");
        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Drift!.Hosts, Has.Count.EqualTo(200));
        Assert.That(result.Drift.Count(Drift.HostDriftState.Matches), Is.EqualTo(50));
        Assert.That(cluster.Requests.All.Select(r => $"{r.Method} {r.Path}").Order(), Is.EqualTo(new[] { "GET /nodes", "GET /nodes/maturin/qemu" }));
    }
}
