using System.Runtime.Versioning;
using System.Text.Json;
using HomeLab.L0.Runway.Output;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using Spectre.Console;

namespace HomeLab.L0.Runway.Tests.Simulator;

[UnsupportedOSPlatform("windows")]
public sealed class ArtifactTests : SimulatorTestBase
{
    [Test]
    public async Task The_manifest_and_every_raw_answer_are_written()
    {
        var result = await Lab.RunAsync();

        var written = new RunwayManifestWriter().Write(Lab.Output.Path, result);

        Assert.That(written.Select(Path.GetFileName), Is.EqualTo(new[]
        {
            "runway_manifest.json", "network_pve.json", "nodes.json", "permissions.json", "pve_version.json",
            "storage_local-lvm.json", "storage_local.json", "storages_pve.json",
        }));
        Assert.That(Directory.GetFiles(Lab.Output.Path), Has.Length.EqualTo(written.Count));

        using var manifest = JsonDocument.Parse(File.ReadAllText(written[0]));
        var root = manifest.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(root.GetProperty("proxmox_host").GetString(), Is.EqualTo(Lab.Pve.AccessHost));
            Assert.That(root.GetProperty("node").GetString(), Is.EqualTo("pve"));
            Assert.That(root.GetProperty("pve_version").GetString(), Is.EqualTo("9.2.11"));
            Assert.That(root.GetProperty("bridge").GetString(), Is.EqualTo("vmbr0"));
            Assert.That(root.GetProperty("storage").GetProperty("vm").GetProperty("free_pct").GetDouble(), Is.EqualTo(92));
            Assert.That(root.GetProperty("storage").GetProperty("iso").GetProperty("free_gib").GetDouble(), Is.EqualTo(88));
            Assert.That(root.GetProperty("tools").GetArrayLength(), Is.EqualTo(4));
            Assert.That(root.GetProperty("checks").GetArrayLength(), Is.EqualTo(11));
            Assert.That(root.GetProperty("failures").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("generated_at").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        });

        using var version = JsonDocument.Parse(File.ReadAllText(Lab.Output.Combine("pve_version.json")));
        Assert.That(version.RootElement.GetProperty("data").GetProperty("version").GetString(), Is.EqualTo("9.2.11"));
        using var nodes = JsonDocument.Parse(File.ReadAllText(Lab.Output.Combine("nodes.json")));
        Assert.That(nodes.RootElement.GetProperty("data")[0].GetProperty("node").GetString(), Is.EqualTo("pve"));
        using var status = JsonDocument.Parse(File.ReadAllText(Lab.Output.Combine("storage_local.json")));
        Assert.That(status.RootElement.GetProperty("data").GetProperty("avail").GetInt64(), Is.EqualTo(88L << 30));
        using var permissions = JsonDocument.Parse(File.ReadAllText(Lab.Output.Combine("permissions.json")));
        Assert.That(permissions.RootElement.GetProperty("data").GetProperty("/vms").GetProperty("VM.Allocate").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_token_secret_is_in_no_file_and_no_console_output()
    {
        var secret = Lab.Pve.TokenSecret;
        Lab.RemoveTool("terraform");
        Lab.Node.Storage("local").SetFree(0);

        var result = await Lab.RunAsync();
        new RunwayManifestWriter().Write(Lab.Output.Path, result);
        var console = new StringWriter();
        new RunwayConsoleRenderer(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console), Ansi = AnsiSupport.No })).Render(result);

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Fail));
        Assert.That(Directory.GetFiles(Lab.Output.Path), Has.Length.EqualTo(8));
        foreach (var file in Directory.GetFiles(Lab.Output.Path))
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain(secret), file);
        }

        Assert.That(console.ToString(), Does.Contain("L0 Runway: FAIL (2 reasons)"));
        Assert.That(console.ToString(), Does.Not.Contain(secret));
    }

    [Test]
    public async Task A_rejected_secret_is_in_no_file_either()
    {
        const string wrongSecret = "11111111-2222-3333-4444-555555555555";
        Lab.Env.Set(LabVariables.TokenSecret, wrongSecret);

        var result = await Lab.RunAsync();
        var written = new RunwayManifestWriter().Write(Lab.Output.Path, result);

        Assert.That(written.Select(Path.GetFileName), Is.EqualTo(new[] { "runway_manifest.json" }), "no API answer arrived, so no raw file");
        Assert.That(File.ReadAllText(written[0]), Does.Not.Contain(wrongSecret).And.Not.Contain(Lab.Pve.TokenSecret));
        Assert.That(File.ReadAllText(written[0]), Does.Contain("The API token was rejected (401)"));
    }
}
