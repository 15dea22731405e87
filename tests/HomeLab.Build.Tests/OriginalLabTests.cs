using System.Text.Json;
using HomeLab.Build.Tests.Support;
using OriginalLab = HomeLab.Testing.OriginalLab;

namespace HomeLab.Build.Tests;

/// <summary>
/// An operator's repository from the original tooling, used as it is through the built host: no template.json,
/// symlinked stable manifests, the original's fields, ISO manifests named after the ISO, personas.
/// </summary>
public class OriginalLabTests
{
    [Test]
    public async Task List_templates_shows_each_os_its_history_and_its_linked_stable_entry()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--target=List-Templates", $"--lab={lab.Root}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.StandardOutput.Split('\n').Select(line => line.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain($"ubuntu: 3 artifacts; stable: {OriginalLab.UbuntuStable} (a link, as the original tooling made it)"));
            Assert.That(lines, Does.Contain($"  {OriginalLab.UbuntuStable}  2025-04-12 09:30:00 UTC  stable"));
            Assert.That(lines, Does.Contain($"  {OriginalLab.UbuntuNewest}  2025-05-20 14:00:00 UTC"));
            Assert.That(lines, Does.Contain($"arch: 2 artifacts; stable: {OriginalLab.ArchStable} (a link, as the original tooling made it)"));
            Assert.That(lines, Does.Contain($"  {OriginalLab.ArchStable}  2025-04-01 08:00:00 UTC  stable"));
            Assert.That(lines, Does.Contain("haos: no artifacts yet, and no template.json to build one from"));
            Assert.That(result.StandardOutput, Does.Not.Contain("shared"));
            Assert.That(lines.IndexOf($"  {OriginalLab.UbuntuNewest}  2025-05-20 14:00:00 UTC"),
                Is.LessThan(lines.IndexOf($"  {OriginalLab.UbuntuStable}  2025-04-12 09:30:00 UTC  stable")), "newest first");
        });
    }

    [Test]
    public async Task List_templates_takes_an_os_without_template_json_by_name()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--target=Templates:List", $"--lab={lab.Root}", "--os=arch");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("arch: 2 artifacts").And.Not.Contain("ubuntu:"));
    }

    [Test]
    public async Task A_dangling_link_is_named_with_its_fix_and_the_history_is_still_listed()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();
        File.Delete(lab.ArtifactPath("ubuntu", OriginalLab.UbuntuStable));

        var result = await new HostRun(work.Path).RunAsync("--target=List-Templates", $"--lab={lab.Root}", "--os=ubuntu");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("ubuntu: 2 artifacts; no stable manifest"));
        Assert.That(OutputAssertions.Flatten(result.StandardOutput), Does.Contain(
            $"infra/os/ubuntu/spec/vm-template-stable.json: a link to ../artifacts/{OriginalLab.UbuntuStable}, which does not exist; promote an existing artifact to replace it."));
    }

    [Test]
    public async Task A_copied_stable_manifest_whose_artifact_is_gone_says_so()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();
        new HomeLab.Manifests.LabManifests(lab.Root).Promote("ubuntu", OriginalLab.UbuntuOldest);
        File.Delete(lab.ArtifactPath("ubuntu", OriginalLab.UbuntuOldest));

        var result = await new HostRun(work.Path).RunAsync("--target=List-Templates", $"--lab={lab.Root}", "--os=ubuntu");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain($"ubuntu: 2 artifacts; stable: {OriginalLab.UbuntuOldest} (no longer in the artifacts folder)"));
        Assert.That(result.StandardOutput, Does.Not.Contain("  stable\n"));
    }

    [Test]
    public async Task Promote_previous_rolls_the_linked_stable_manifest_back_and_keeps_the_artifacts()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();
        var artifacts = Snapshot(lab);

        var result = await new HostRun(work.Path).With("DOPPLER", "0").RunAsync("--target=Promote", $"--lab={lab.Root}", "--os=ubuntu", "--previous");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(new FileInfo(lab.StablePath("ubuntu")).LinkTarget, Is.Null, "the link became a copy");
        Assert.That(PromotedFrom(lab.StablePath("ubuntu")), Is.EqualTo(OriginalLab.UbuntuOldest));
        Assert.That(Snapshot(lab), Is.EqualTo(artifacts), "no artifact is touched");
    }

    [Test]
    public async Task Promote_an_artifact_checks_its_template_on_proxmox_and_replaces_the_link()
    {
        using var lab = new OriginalLab();
        await using var environment = await LabEnvironment.StartAsync();
        environment.Simulator.State.Node(OriginalLab.Node)
            .AddVm(OriginalLab.UbuntuNewestVmid, OriginalLab.TemplateName(OriginalLab.UbuntuNewestVmid)).Set("template", "1");

        var result = await environment.Host().RunAsync("--target=Promote", $"--lab={lab.Root}", "--os=ubuntu", $"--artifact={OriginalLab.UbuntuNewest}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(PromotedFrom(lab.StablePath("ubuntu")), Is.EqualTo(OriginalLab.UbuntuNewest));
        Assert.That(File.ReadAllText(lab.StablePath("ubuntu")), Does.Contain($"\"vmid\": {OriginalLab.UbuntuNewestVmid}"));
    }

    [Test]
    public async Task L1_skips_each_os_without_template_json_with_one_line_and_the_run_is_ok()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();
        var before = Snapshot(lab);

        var result = await new HostRun(work.Path).RunAsync("--target=L1", "--simulate", $"--lab={lab.Root}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var skips = result.StandardOutput.Split('\n').Where(line => line.Contains(": skipped: no template.json", StringComparison.Ordinal)).ToList();
        Assert.That(skips.Select(line => line.Trim()), Is.EqualTo(new[]
        {
            "arch: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.",
            "haos: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.",
            "ubuntu: skipped: no template.json, so nothing to build; List-Templates and Promote still work on its artifacts.",
        }));
        Assert.That(Snapshot(lab), Is.EqualTo(before));
    }

    [Test]
    public async Task Naming_an_os_without_template_json_for_a_build_is_one_error_line()
    {
        using var lab = new OriginalLab();
        using var work = new TempDirectory();

        var result = await new HostRun(work.Path).RunAsync("--target=L1", "--simulate", $"--lab={lab.Root}", "--os=ubuntu");

        OutputAssertions.FailedWithOneErrorLine(result,
            "Cannot build ubuntu: there is no infra/os/ubuntu/template.json, so L1 has nothing to build. Add one (docs/operations.md, L1), or leave ubuntu out of --os; List-Templates and Promote work without it.");
    }

    private static string? PromotedFrom(string stablePath) =>
        JsonDocument.Parse(File.ReadAllText(stablePath)).RootElement.GetProperty("promoted_from").GetString();

    // Every artifact file with its content.
    private static Dictionary<string, string> Snapshot(OriginalLab lab) =>
        Directory.EnumerateFiles(Path.Combine(lab.Root, "infra"), "*.json", SearchOption.AllDirectories)
            .Where(path => path.Contains("/artifacts/", StringComparison.Ordinal))
            .ToDictionary(path => path, File.ReadAllText);
}
