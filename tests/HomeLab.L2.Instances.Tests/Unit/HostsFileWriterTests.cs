using System.Text.Json.Nodes;
using HomeLab.L2.Instances.Hosts;
using HomeLab.Testing;

namespace HomeLab.L2.Instances.Tests.Unit;

public class HostsFileWriterTests
{
    [Test]
    public void Every_host_is_written_with_its_persona_and_node_in_spec_order()
    {
        using var temp = new TempDirectory();
        var path = L2ArtifactPaths.HostsFile(temp.Path);
        var devops = SpecBuilder.Spec("arch", "devops", SpecBuilder.Host("roland", "10.0.0.9", node: "pve", tags: ["arch"]));
        var docker = SpecBuilder.Spec("ubuntu", "docker", SpecBuilder.Host("carrie", "10.0.0.1", tags: ["ubuntu", "docker"]), SpecBuilder.Host("misery", "10.0.0.2"));

        HostsFileWriter.Write(path, [devops, docker]);

        Assert.That(path, Is.EqualTo(Path.Combine(temp.Path, "artifacts", "l2", "hosts.json")));
        var hosts = JsonNode.Parse(File.ReadAllText(path))!["hosts"]!.AsArray();
        Assert.That(hosts.Select(h => h!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "roland", "carrie", "misery" }));
        Assert.That(hosts[1]!.ToJsonString(), Is.EqualTo(
            "{\"name\":\"carrie\",\"ip\":\"10.0.0.1\",\"ssh_user\":\"lab\",\"tags\":[\"ubuntu\",\"docker\"],\"os\":\"ubuntu\",\"persona\":\"docker\",\"node\":\"maturin\"}"));
    }

    [Test]
    public void Writing_again_replaces_the_file_whole()
    {
        using var temp = new TempDirectory();
        var path = L2ArtifactPaths.HostsFile(temp.Path);
        HostsFileWriter.Write(path, [SpecBuilder.Spec("ubuntu", "docker", SpecBuilder.Host("carrie"), SpecBuilder.Host("misery", "10.0.0.2"))]);

        HostsFileWriter.Write(path, []);

        Assert.That(JsonNode.Parse(File.ReadAllText(path))!.ToJsonString(), Is.EqualTo("{\"hosts\":[]}"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Has.Length.EqualTo(1));
    }
}
