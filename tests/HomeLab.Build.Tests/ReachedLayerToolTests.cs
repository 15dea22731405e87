using System.Text.Json;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>Through the built host: L0 fails on a missing tool only when the run reaches a layer that needs it.</summary>
public class ReachedLayerToolTests
{
    private const string TerraformWarning = "terraform not found on PATH (needed by L2 Instances, which this run does not reach).";

    [Test]
    public async Task L0_alone_warns_about_a_missing_tool_and_passes()
    {
        await using var lab = await LabEnvironment.StartAsync();
        File.Delete(Path.Combine(lab.Bin.Path, "terraform"));

        var result = await lab.Host().WithOnlyPath(lab.Bin.Path).RunAsync("--target=L0");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("L0 Runway: OK (1 warning)"));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("! " + TerraformWarning));
        var manifest = Manifest(lab);
        Assert.That(manifest.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(new[] { TerraformWarning }));
        Assert.That(manifest.GetProperty("failures").GetArrayLength(), Is.Zero);
        var terraform = manifest.GetProperty("tools").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "terraform");
        Assert.That((terraform.GetProperty("found").GetBoolean(), terraform.GetProperty("required").GetBoolean()), Is.EqualTo((false, false)));
    }

    [Test]
    public async Task A_run_that_stops_at_L1_does_not_need_terraform()
    {
        await using var lab = await LabEnvironment.StartAsync();
        File.Delete(Path.Combine(lab.Bin.Path, "terraform"));

        var result = await lab.Host().WithOnlyPath(lab.Bin.Path).RunAsync("--target=L1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("! " + TerraformWarning));
    }

    [Test]
    public async Task A_run_that_reaches_L2_fails_L0_on_a_missing_terraform()
    {
        await using var lab = await LabEnvironment.StartAsync();
        File.Delete(Path.Combine(lab.Bin.Path, "terraform"));

        var result = await lab.Host().WithOnlyPath(lab.Bin.Path).RunAsync("--target=L2");

        OutputAssertions.FailedWithOneErrorLine(result, "L0 Runway failed (1 reason above)");
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain("- terraform not found on PATH (needed by L2 Instances)."));
        Assert.That(Manifest(lab).GetProperty("runway_status").GetString(), Is.EqualTo("FAIL"));
    }

    private static JsonElement Manifest(LabEnvironment lab) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(lab.ArtifactsDirectory, "l0", "runway_manifest.json"))).RootElement;
}
