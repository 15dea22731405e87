using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Proxmox.Simulator;
using HomeLab.Tools.Packer;

namespace HomeLab.L1.Templates.Tests;

/// <summary>The run over several OSes: order, "when required", failures, and what is (not) written.</summary>
public class TemplateBuildRunTests : LabTest
{
    private const string StableIso = """
        { "os": "arch", "kind": "iso", "iso_name": "archlinux.iso", "proxmox_node": "pve", "proxmox_storage": "local", "promoted_from": "archlinux.json" }
        """;

    private void WriteIsoTemplate(string os, string isoName = "archlinux.iso")
    {
        Temp.File($"infra/os/{os}/out/{isoName}", $"{os} iso");
        WriteTemplate(os, $$"""{ "kind": "iso", "iso_path": "out/{{isoName}}" }""");
    }

    [Test]
    public async Task Builds_each_os_in_the_order_given()
    {
        WriteIsoTemplate("zeta", "zeta.iso");
        WriteIsoTemplate("alpha", "alpha.iso");

        var outcomes = await BuildAsync(BuildMode.Always, "zeta", "alpha");

        Assert.That(outcomes.Select(o => o.Os), Is.EqualTo(new[] { "zeta", "alpha" }));
        Assert.That(outcomes.Select(o => o.Built), Is.All.True);
        Assert.That(outcomes.Select(o => o.Artifact!.FileName), Is.EqualTo(new[] { "zeta.json", "alpha.json" }));
        var headings = Output.Lines.Where(line => line.EndsWith("(iso)", StringComparison.Ordinal)).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "zeta (iso)", "alpha (iso)" }));
        Assert.That(Simulator.State.Tasks.Where(t => t.Type == "imgcopy").Select(t => t.Log.First(l => l.StartsWith("target file:", StringComparison.Ordinal))),
            Is.EqualTo(new[] { "target file: /var/lib/vz/template/iso/zeta.iso", "target file: /var/lib/vz/template/iso/alpha.iso" }));
    }

    [Test]
    public async Task When_required_skips_an_os_whose_stable_iso_is_in_place_and_touches_nothing()
    {
        WriteIsoTemplate("arch");
        var stable = WriteStable("arch", StableIso, ArtifactFamily.Iso);
        Pve.Storage("local").AddVolume(SimVolume.Iso("local", "archlinux.iso", 7));

        var outcome = await BuildOneAsync("arch", BuildMode.WhenRequired);

        Assert.That(outcome, Is.EqualTo(new TemplateOutcome("arch", TemplateKind.Iso, false, null, "skipped: stable ISO 'archlinux.iso' is on storage 'local' of node 'pve'")));
        Assert.That(Simulator.State.Tasks, Is.Empty);
        Assert.That(ArtifactFiles("arch"), Is.Empty);
        Assert.That(File.ReadAllText(stable), Is.EqualTo(StableIso));
        Assert.That(Output.Text, Does.Contain("ok skipped: stable ISO 'archlinux.iso' is on storage 'local' of node 'pve'"));
    }

    [Test]
    public async Task When_required_builds_an_os_whose_stable_template_is_gone_and_says_why()
    {
        WriteIsoTemplate("arch");
        WriteStable("arch", StableIso, ArtifactFamily.Iso);

        var outcome = await BuildOneAsync("arch", BuildMode.WhenRequired);

        Assert.That(outcome.Built, Is.True);
        Assert.That(Output.Text, Does.Contain("- building: the stable ISO is gone: the ISO local:iso/archlinux.iso is not on node 'pve'"));
        Assert.That(Lab.ReadStable("arch", ArtifactFamily.Iso)!.Manifest.ToJson(), Does.Contain("\"promoted_from\": \"archlinux.json\""), "stable untouched");
    }

    [Test]
    public async Task Always_builds_even_when_the_stable_template_is_in_place()
    {
        WriteIsoTemplate("arch");
        WriteStable("arch", StableIso, ArtifactFamily.Iso);
        Pve.Storage("local").AddVolume(SimVolume.Iso("local", "archlinux.iso", 7));

        var outcome = await BuildOneAsync("arch", BuildMode.Always);

        Assert.That(outcome.Built, Is.True);
        Assert.That(Pve.Storage("local").FindVolume("local:iso/archlinux.iso")!.Size, Is.EqualTo("arch iso".Length), "uploaded again");
    }

    [Test]
    public async Task The_first_failing_os_stops_the_run_and_nothing_is_written_for_it()
    {
        WriteTemplate("broken", """{ "kind": "iso", "iso_path": "out/none.iso", "build_command": "exit 7" }""");
        WriteIsoTemplate("arch");

        var error = Assert.ThrowsAsync<TemplateBuildException>(() => BuildAsync(BuildMode.Always, "broken", "arch"))!;

        Assert.That(error.Os, Is.EqualTo("broken"));
        Assert.That(error.Message, Is.EqualTo("broken: build_command exited with code 7 (it printed nothing); the full output is in the log above."));
        Assert.That(error.Problem, Is.EqualTo("build_command exited with code 7 (it printed nothing); the full output is in the log above."));
        Assert.That(ArtifactFiles("broken"), Is.Empty);
        Assert.That(ArtifactFiles("arch"), Is.Empty, "the run stopped");
    }

    [Test]
    public async Task An_invalid_template_json_is_one_line_naming_the_file_and_field()
    {
        WriteTemplate("ubuntu", """
            {
              "kind": "cloud-image",
              "image_url": "ftp://example.org/image.img",
              "cores": 0
            }
            """);

        var error = Assert.ThrowsAsync<TemplateBuildException>(() => BuildAsync(BuildMode.Always, "ubuntu"))!;

        Assert.That(error.Message, Does.StartWith("ubuntu: infra/os/ubuntu/template.json:3: image_url: "));
        Assert.That(error.Message, Does.Contain("; infra/os/ubuntu/template.json:4: cores: "));
        Assert.That(error.Message, Does.Not.Contain("\n"));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    [Test]
    public void An_os_that_is_not_in_the_lab_is_one_line()
    {
        var error = Assert.ThrowsAsync<TemplateBuildException>(() => BuildAsync(BuildMode.Always, "plan9"))!;

        Assert.That(error.Message, Does.StartWith("plan9: infra/os/plan9/template.json: not found; "));
    }

    [Test]
    public async Task The_git_sha_is_read_from_the_labs_repository_when_not_given()
    {
        const string sha = "8f0e4c1d2b3a49586a7b8c9d0e1f2a3b4c5d6e7f";
        Temp.File(".git/HEAD", "ref: refs/heads/main\n");
        Temp.File(".git/refs/heads/main", sha + "\n");
        Settings = Settings with { GitSha = null };
        WriteIsoTemplate("arch");

        var outcome = await BuildOneAsync("arch");

        Assert.That(outcome.Artifact!.Read().GitSha, Is.EqualTo(sha));
    }

    [Test]
    public async Task Proxmox_errors_never_show_the_token_secret()
    {
        WriteIsoTemplate("arch");
        Simulator.Faults.FailTask("imgcopy", $"storage error near {Simulator.TokenSecret}");
        Settings = Settings with { PackerVariables = new PveVariables { TokenSecret = Simulator.TokenSecret } };
        var run = NewRun();

        var error = Assert.ThrowsAsync<TemplateBuildException>(() => run.BuildAsync(["arch"], BuildMode.Always))!;

        Assert.That(error.Message, Does.Contain("storage error near [REDACTED]"));
        Assert.That(error.Message + Output.Text, Does.Not.Contain(Simulator.TokenSecret));
    }
}
