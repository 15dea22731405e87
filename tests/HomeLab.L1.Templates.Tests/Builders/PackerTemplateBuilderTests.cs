using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Tools.Packer;

namespace HomeLab.L1.Templates.Tests.Builders;

/// <summary>
/// The packer builder: the real packer from apt runs a null-builder template through init/validate/build (its artifact
/// is no VMID, which is a clear error), and a recorded proxmox-builder manifest with SKIP_BUILD=1 is normalised from
/// the template's config on the simulated node.
/// </summary>
[Platform(Exclude = "Win", Reason = "The template's provisioner is a POSIX shell script.")]
public class PackerTemplateBuilderTests : LabTest
{
    private const string TokenSecret = "packer-token-secret-5e1f0a";

    private const string NullTemplate = """
        source "null" "golden" {
          communicator = "none"
        }

        build {
          sources = ["source.null.golden"]

          provisioner "shell-local" {
            inline = [
              "printf '%s' \"$PVE_NODE\" > node.txt",
              "printf '%s' \"$PKR_VAR_pve_storage_vm\" > storage.txt",
              "echo token=$PM_TOKEN_SECRET",
            ]
          }

          post-processor "manifest" {
            output = "packer-manifest.json"
          }
        }
        """;

    private string PackerFolder(string os) => Temp.Combine("infra", "os", os, "packer");

    [Test]
    public async Task The_real_packer_runs_the_pipeline_and_a_null_builders_artifact_is_a_clear_error()
    {
        if (Context.Tools.Resolve("packer") is null)
        {
            Assert.Fail("packer is not installed: this test runs the real packer (apt-get install packer).");
        }

        Settings = Settings with { PackerVariables = new PveVariables { Node = "pve", StorageVm = "local-lvm", TokenSecret = TokenSecret } };
        Temp.File("infra/os/golden/packer/golden.pkr.hcl", NullTemplate);
        WriteTemplate("golden", """{ "kind": "packer" }""");

        var error = await BuildFailsAsync("golden");

        var manifest = Path.Combine(PackerFolder("golden"), "packer-manifest.json");
        Assert.That(error.Message, Is.EqualTo(
            $"golden: In the packer manifest {manifest}, build 'golden' (null) has the artifact_id 'Null', which is not a Proxmox VMID; " +
            "build the template with a proxmox builder (proxmox-iso or proxmox-clone)."));
        Assert.That(File.Exists(manifest), Is.True, "packer build ran and its manifest post-processor wrote the manifest");
        Assert.That(Log.Messages.Where(m => m.StartsWith("Executing: ", StringComparison.Ordinal)).Select(Command),
            Is.EqualTo(new[] { "version", "validate", "build" }), "packer 1.6.6 has no init; validate, then build");
        Assert.That(File.ReadAllText(Path.Combine(PackerFolder("golden"), "node.txt")), Is.EqualTo("pve"), "PVE variables reach packer's environment");
        Assert.That(File.ReadAllText(Path.Combine(PackerFolder("golden"), "storage.txt")), Is.EqualTo("local-lvm"), "and as PKR_VAR_ template variables");
        Assert.That(Log.Messages, Has.Some.EndsWith("token=[REDACTED]"));
        Assert.That(Log.AllText + Output.Text, Does.Not.Contain(TokenSecret));
        Assert.That(ArtifactFiles("golden"), Is.Empty);
    }

    [Test]
    public async Task Skip_build_reuses_the_recorded_vmid_and_normalises_the_template_config()
    {
        Environment.Set("SKIP_BUILD", "1");
        WriteRecordedManifest("ubuntu");

        // A template packer could not even parse: it must not run.
        Temp.File("infra/os/ubuntu/packer/ubuntu.pkr.hcl", "this is not HCL {");
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");
        AddTemplateVm(9000, "ubuntu-2404-template", description: "Ubuntu 24.04, built by packer", ctime: 1_764_158_462);
        AddTemplateVm(8990, "ubuntu-2404-template-old");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.True);
        Assert.That(outcome.Kind, Is.EqualTo(TemplateKind.Packer));
        Assert.That(outcome.Message, Is.EqualTo($"built {outcome.Artifact!.FileName} (VMID 9000)"));
        var artifact = outcome.Artifact.Read();
        Assert.That(artifact.Vmid, Is.EqualTo(9000), "the build of the last run");
        Assert.That(artifact.Name, Is.EqualTo("ubuntu-2404-template"));
        Assert.That(artifact.Node, Is.EqualTo("pve"));
        Assert.That(artifact.Storage, Is.EqualTo("local-lvm"));
        Assert.That(artifact.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_764_158_462)));
        Assert.That(artifact.Description, Is.EqualTo("Ubuntu 24.04, built by packer"));
        Assert.That(artifact.Kind, Is.EqualTo(TemplateKind.Packer));
        Assert.That(artifact.Os, Is.EqualTo("ubuntu"));
        Assert.That(artifact.PveVersion, Is.EqualTo(Simulator.State.Version.Version));
        Assert.That(Log.Messages.Where(m => m.StartsWith("Executing: ", StringComparison.Ordinal)), Is.Empty, "packer did not run");
        Assert.That(Output.Text, Does.Contain("SKIP_BUILD=1: not building; reusing VMID 9000 from infra/os/ubuntu/packer/packer-manifest.json"));
    }

    [Test]
    public async Task The_storage_comes_from_ide1_when_there_is_no_scsi0()
    {
        Environment.Set("SKIP_BUILD", "1");
        WriteRecordedManifest("ubuntu");
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");
        Pve.AddVm(9000, "ubuntu-iso-template").Set("template", "1").Set("ide1", "tank:base-9000-disk-0,size=20G");

        var outcome = await BuildOneAsync("ubuntu");

        var artifact = outcome.Artifact!.Read();
        Assert.That(artifact.Storage, Is.EqualTo("tank"));
        Assert.That(artifact.CreatedAt, Is.Null, "no meta, no ctime");
        Assert.That(artifact.Description, Is.Null);
    }

    [Test]
    public async Task A_recorded_vmid_that_is_not_on_the_node_is_one_line()
    {
        Environment.Set("SKIP_BUILD", "1");
        WriteRecordedManifest("ubuntu");
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: infra/os/ubuntu/packer/packer-manifest.json names VMID 9000, but node 'pve' has no VM 9000; build again (without SKIP_BUILD=1), or check PVE_NODE."));
    }

    [Test]
    public async Task A_recorded_vmid_that_is_not_a_template_is_one_line()
    {
        Environment.Set("SKIP_BUILD", "1");
        WriteRecordedManifest("ubuntu");
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");
        Pve.AddVm(9000, "half-built");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: VM 9000 on node 'pve' is not a template; the packer build must convert it (the proxmox builders do when they finish)."));
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    [Test]
    public async Task Skip_build_without_a_manifest_is_one_line()
    {
        Environment.Set("SKIP_BUILD", "1");
        Directory.CreateDirectory(PackerFolder("ubuntu"));
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            $"ubuntu: SKIP_BUILD=1 reuses the last packer build, but there is no packer manifest at {Path.Combine(PackerFolder("ubuntu"), "packer-manifest.json")}; unset SKIP_BUILD to build."));
    }

    [Test]
    public async Task A_missing_packer_folder_is_one_line()
    {
        WriteTemplate("ubuntu", """{ "kind": "packer", "packer_dir": "images/packer" }""");

        var error = await BuildFailsAsync("ubuntu");

        Assert.That(error.Message, Is.EqualTo(
            "ubuntu: the packer folder infra/os/ubuntu/images/packer does not exist; fix packer_dir in infra/os/ubuntu/template.json."));
    }

    [Test]
    public async Task A_simulation_does_not_build_packer_templates()
    {
        Settings = Settings with { Simulation = true };
        WriteTemplate("ubuntu", """{ "kind": "packer" }""");

        var outcome = await BuildOneAsync("ubuntu");

        Assert.That(outcome.Built, Is.False);
        Assert.That(outcome.Artifact, Is.Null);
        Assert.That(outcome.Message, Is.EqualTo("not built: packer templates are not built in a simulation"));
        Assert.That(Output.Text, Does.Contain("! not built: packer templates are not built in a simulation"));
        Assert.That(ArtifactFiles("ubuntu"), Is.Empty);
    }

    private void WriteRecordedManifest(string os)
    {
        Directory.CreateDirectory(PackerFolder(os));
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "proxmox-two-runs.packer-manifest.json"),
            Path.Combine(PackerFolder(os), "packer-manifest.json"));
    }

    // "Executing: /usr/bin/packer build -color=false …" → "build".
    private static string Command(string executing) => executing.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
}
