using System.Text.Json.Nodes;
using HomeLab.L2.Instances.Drift;
using HomeLab.L2.Instances.Hosts;
using HomeLab.L2.Instances.Validation;

namespace HomeLab.L2.Instances.Tests.Api;

/// <summary>
/// The original tooling's ubuntu/docker persona spec, as it was, beside a stable manifest that is a symbolic link to its
/// artifact (the original layout), validated against the simulator with the template on node maturin.
/// </summary>
public class OriginalLabFixtureTests
{
    private FixtureLab _lab = null!;
    private SimulatedCluster _cluster = null!;

    [SetUp]
    public async Task SetUp()
    {
        _lab = new FixtureLab("original-lab");
        _cluster = await SimulatedCluster.StartAsync();
        SimulatedCluster.AddTemplate(_cluster.Maturin, 9000, "tpl-ubuntu-20250601-101500");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _cluster.DisposeAsync();
        _lab.Dispose();
    }

    [Test]
    public async Task The_original_spec_is_accepted()
    {
        var result = await new PreTerraformValidator(_lab.Manifests, _cluster.Client).RunAsync(new PreTerraformOptions());

        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(_lab.Manifests.ReadStable("ubuntu")!.IsLegacySymlink, Is.True, "the fixture keeps the original layout");
        var spec = result.Specs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.Id.ToString(), Is.EqualTo("ubuntu/docker"));
            Assert.That(spec.Hosts.Select(h => $"{h.Name} {h.Ip} {h.Node} {h.Line}"), Is.EqualTo(new[]
            {
                "carrie 192.168.86.228 maturin 3",
                "misery 192.168.86.227 maturin 16",
                "patricia 192.168.86.224 maturin 29",
            }));
            Assert.That(result.Roots.Single().DisplayPath, Is.EqualTo("terraform/l2/ubuntu_docker"));
            Assert.That(result.Drift!.Hosts.Select(h => h.State), Is.All.EqualTo(HostDriftState.Missing));
            Assert.That(_cluster.Requests.All.Select(r => $"{r.Method} {r.Path}").Order(), Is.EqualTo(new[] { "GET /nodes", "GET /nodes/maturin/qemu" }));
        });
    }

    [Test]
    public async Task Its_hosts_and_drift_are_written_for_the_next_layers()
    {
        SimulatedCluster.AddHostVm(_cluster.Maturin, 101, "carrie", 4, 8192, "docker;misc;orchestrator;terraform;ubuntu");
        var result = await new PreTerraformValidator(_lab.Manifests, _cluster.Client).RunAsync(new PreTerraformOptions { Personas = ["ubuntu/docker"] });

        HostsFileWriter.Write(L2ArtifactPaths.HostsFile(_lab.Root), result.AllSpecs);
        DriftJsonWriter.Write(L2ArtifactPaths.DriftFile(_lab.Root), result.Drift!, DateTimeOffset.UnixEpoch);

        var hosts = JsonNode.Parse(File.ReadAllText(Path.Combine(_lab.Root, "artifacts", "l2", "hosts.json")))!["hosts"]!.AsArray();
        var drift = JsonNode.Parse(File.ReadAllText(Path.Combine(_lab.Root, "artifacts", "l2", "drift.json")))!;
        Assert.That(hosts.Select(h => $"{h!["name"]} {h["os"]}/{h["persona"]} {h["ssh_user"]}"), Is.EqualTo(new[]
        {
            "carrie ubuntu/docker lab", "misery ubuntu/docker lab", "patricia ubuntu/docker lab",
        }));
        Assert.That(drift["summary"]!.ToJsonString(), Is.EqualTo("{\"matches\":1,\"differs\":0,\"missing\":2,\"unknown\":0,\"unclaimed\":0}"));
    }
}
