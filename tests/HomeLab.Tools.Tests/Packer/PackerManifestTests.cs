using Cake.Core;
using HomeLab.Testing;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

public class PackerManifestTests
{
    private static readonly string ProxmoxFixture =
        Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "proxmox-two-runs.packer-manifest.json");

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void A_recorded_proxmox_manifest_gives_the_last_runs_vmid()
    {
        var manifest = PackerManifest.Read(ProxmoxFixture);

        Assert.That(manifest.Builds, Has.Count.EqualTo(2));
        Assert.That(manifest.LastRunUuid, Is.EqualTo("7c1d9e40-2b5f-4a86-b0e3-5f6a7b8c9d0e"));
        var build = manifest.SelectBuild();
        Assert.That(build.PackerRunUuid, Is.EqualTo(manifest.LastRunUuid));
        Assert.That(build.Name, Is.EqualTo("ubuntu"));
        Assert.That(build.BuilderType, Is.EqualTo("proxmox-clone"));
        Assert.That(build.ArtifactId, Is.EqualTo("9001"));
        Assert.That(build.Vmid, Is.EqualTo(9001));
        Assert.That(build.BuildTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1717236000)));
        Assert.That(build.CustomData, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["os"] = "ubuntu",
            ["template_name"] = "ubuntu-2404-template",
        }));
        Assert.That(build.Files, Is.EqualTo(new[] { new PackerManifestFile("output/ubuntu.log", 2048) }));
        Assert.That(manifest.SelectVmid(), Is.EqualTo(9001));
        Assert.That(manifest.Builds[0].Files, Is.Empty, "files: null reads as no files");
    }

    [Test]
    public void The_last_run_wins_even_when_it_is_not_the_last_entry()
    {
        var manifest = Parse(Builds(("a", "9000", "run-1"), ("b", "9001", "run-2"), ("c", "9002", "run-1")), lastRun: "run-2");

        Assert.That(manifest.SelectBuild().Name, Is.EqualTo("b"));
    }

    [Test]
    public void Of_several_builds_in_the_last_run_the_last_one_is_chosen()
    {
        var manifest = Parse(Builds(("a", "9000", "run-1"), ("b", "9001", "run-2"), ("c", "9002", "run-2")), lastRun: "run-2");

        Assert.That(manifest.SelectVmid(), Is.EqualTo(9002));
    }

    [TestCase(null)]
    [TestCase("run-gone")]
    public void Without_a_matching_last_run_the_last_build_is_chosen(string? lastRun)
    {
        var manifest = Parse(Builds(("a", "9000", "run-1"), ("b", "9001", "run-2")), lastRun);

        Assert.That(manifest.SelectBuild().Name, Is.EqualTo("b"));
    }

    [Test]
    public void A_prefixed_artifact_id_is_read_leniently()
    {
        var manifest = Parse(Builds(("ubuntu", "pve1:9005", "run-1")), lastRun: "run-1");

        Assert.That(manifest.SelectVmid(), Is.EqualTo(9005));
    }

    [Test]
    public void A_missing_manifest_is_one_line_naming_the_file_and_the_post_processor()
    {
        var path = _temp.Combine("packer-manifest.json");

        var error = Assert.Throws<CakeException>(() => PackerManifest.Read(path))!;

        Assert.That(error.Message, Is.EqualTo(
            $"There is no packer manifest at {path}; the packer template needs a post-processor \"manifest\" writing it, and a build must have run."));
    }

    [Test]
    public void Invalid_json_is_one_line_with_the_line_number()
    {
        var path = _temp.File("packer-manifest.json", "{\n  \"builds\": [\n    { \"name\": \"x\", }\n  ]\n");

        var error = Assert.Throws<CakeException>(() => PackerManifest.Read(path))!;

        Assert.That(error.Message, Does.StartWith($"The packer manifest {path} is not valid JSON (line 3: "));
        Assert.That(error.Message, Does.EndWith("); delete it and build again."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [TestCase("{\"builds\": [], \"last_run_uuid\": \"x\"}")]
    [TestCase("{\"last_run_uuid\": \"x\"}")]
    [TestCase("{\"builds\": null}")]
    public void No_builds_is_one_line(string json)
    {
        var path = _temp.File("packer-manifest.json", json);

        var error = Assert.Throws<CakeException>(() => PackerManifest.Read(path))!;

        Assert.That(error.Message, Is.EqualTo($"The packer manifest {path} lists no builds; run the packer build again."));
    }

    [TestCase("[]", "is not a JSON object")]
    [TestCase("{\"builds\": {}}", "has a \"builds\" that is not an array")]
    [TestCase("{\"builds\": [42]}", "has a builds[0] that is not an object")]
    public void Json_that_is_not_a_manifest_is_one_line(string json, string problem)
    {
        var path = _temp.File("packer-manifest.json", json);

        var error = Assert.Throws<CakeException>(() => PackerManifest.Read(path))!;

        Assert.That(error.Message, Is.EqualTo($"The packer manifest {path} {problem}; delete it and build again."));
    }

    [Test]
    public void An_artifact_that_is_not_a_vmid_is_one_line_naming_the_build()
    {
        var path = _temp.File("packer-manifest.json", Builds(("lab", "Null", "run-1")).Replace("\"builds\"", "\"last_run_uuid\": \"run-1\", \"builds\""));
        var manifest = PackerManifest.Read(path);

        var error = Assert.Throws<CakeException>(() => manifest.SelectVmid())!;

        Assert.That(error.Message, Is.EqualTo(
            $"In the packer manifest {path}, build 'lab' (proxmox-iso) has the artifact_id 'Null', which is not a Proxmox VMID; " +
            "build the template with a proxmox builder (proxmox-iso or proxmox-clone)."));
        Assert.That(manifest.SelectBuild().Vmid, Is.Null);
    }

    private static PackerManifest Parse(string buildsJson, string? lastRun)
    {
        var json = lastRun is null ? buildsJson : buildsJson.Replace("\"builds\"", $"\"last_run_uuid\": \"{lastRun}\", \"builds\"");
        return PackerManifest.Parse(json, "packer-manifest.json");
    }

    private static string Builds(params (string Name, string ArtifactId, string Run)[] builds) =>
        "{\"builds\": [" + string.Join(",", builds.Select(b =>
            $"{{\"name\": \"{b.Name}\", \"builder_type\": \"proxmox-iso\", \"build_time\": 1714557600, \"files\": null, " +
            $"\"artifact_id\": \"{b.ArtifactId}\", \"packer_run_uuid\": \"{b.Run}\", \"custom_data\": null}}")) + "]}";
}
