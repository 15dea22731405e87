using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>The command lines the runners build, as the fake packer received them.</summary>
public class PackerArgumentTests : FakePackerFixture
{
    [Test]
    public void Build_by_default_turns_colour_off_and_runs_in_the_template_folder()
    {
        var packer = InstallFake();

        Context().PackerBuild(Template);

        var call = packer.SingleCall();
        Assert.That(call.Arguments, Is.EqualTo(new[] { "build", "-color=false", TemplateDirectory }));
        Assert.That(call.WorkingDirectory, Is.EqualTo(TemplateDirectory));
        Assert.That(call.Environment["CHECKPOINT_DISABLE"], Is.EqualTo("1"));
    }

    [Test]
    public void Build_passes_every_option_in_order_and_the_template_last()
    {
        var packer = InstallFake();
        Temp.File("lab/common.pkrvars.hcl", "node = \"pve1\"\n");
        var settings = new PackerBuildSettings
        {
            Force = true,
            MachineReadable = true,
            TimestampUi = true,
            ParallelBuilds = 2,
            OnError = PackerOnError.RunCleanupProvisioner,
            Only = ["proxmox-iso.ubuntu", "proxmox-iso.debian"],
            Except = ["null.lab"],
            VarFiles = [new FilePath("common.pkrvars.hcl")],
        }.WithVariable("template_name", "ubuntu 24.04 template").WithVariable("cores", "2");

        Context().PackerBuild(Template, settings);

        Assert.That(packer.SingleCall().Arguments, Is.EqualTo(new[]
        {
            "build", "-color=false", "-force", "-machine-readable", "-timestamp-ui", "-parallel-builds=2",
            "-on-error=run-cleanup-provisioner", "-only=proxmox-iso.ubuntu,proxmox-iso.debian", "-except=null.lab",
            "-var", "template_name=ubuntu 24.04 template", "-var", "cores=2",
            "-var-file=" + Path.Combine(LabDirectory, "common.pkrvars.hcl"), TemplateDirectory,
        }));
    }

    [Test]
    public void Colour_on_drops_the_color_switch()
    {
        var packer = InstallFake();

        Context().PackerBuild(Template, new PackerBuildSettings { Color = true });

        Assert.That(packer.SingleCall().Arguments, Is.EqualTo(new[] { "build", TemplateDirectory }));
    }

    [Test]
    public void Validate_passes_its_options_and_the_template()
    {
        var packer = InstallFake();
        var settings = new PackerValidateSettings { SyntaxOnly = true, Only = ["proxmox-iso.ubuntu"] }.WithVariable("node", "pve1");

        Context().PackerValidate(Template, settings);

        var call = packer.SingleCall();
        Assert.That(call.Arguments, Is.EqualTo(new[]
        {
            "validate", "-syntax-only", "-only=proxmox-iso.ubuntu", "-var", "node=pve1", TemplateDirectory,
        }));
        Assert.That(call.WorkingDirectory, Is.EqualTo(TemplateDirectory));
    }

    [TestCase(false, new[] { "init" })]
    [TestCase(true, new[] { "init", "-upgrade" })]
    public void Init_passes_upgrade_only_when_asked(bool upgrade, string[] leading)
    {
        var packer = InstallFake();

        Context().PackerInit(Template, new PackerInitSettings { Upgrade = upgrade });

        Assert.That(packer.SingleCall().Arguments, Is.EqualTo(leading.Append(TemplateDirectory)));
    }

    [Test]
    public void A_template_file_is_passed_as_the_file_and_packer_runs_in_its_folder()
    {
        var packer = InstallFake();
        var file = Path.Combine(TemplateDirectory, "ubuntu.pkr.hcl");

        Context().PackerBuild(new FilePath("infra/os/ubuntu/packer/ubuntu.pkr.hcl"));

        var call = packer.SingleCall();
        Assert.That(call.Arguments[^1], Is.EqualTo(file));
        Assert.That(call.WorkingDirectory, Is.EqualTo(TemplateDirectory));
    }

    [Test]
    public void An_explicit_working_directory_wins()
    {
        var packer = InstallFake();

        Context().PackerBuild(Template, new PackerBuildSettings { WorkingDirectory = new DirectoryPath(LabDirectory) });

        Assert.That(packer.SingleCall().WorkingDirectory, Is.EqualTo(LabDirectory));
    }

    [Test]
    public void A_missing_template_is_one_line_and_packer_never_runs()
    {
        var packer = InstallFake();
        var missing = Path.Combine(LabDirectory, "infra", "os", "arch", "packer");

        var error = Assert.Throws<CakeException>(() => Context().PackerBuild(new DirectoryPath(missing)))!;

        Assert.That(error.Message, Is.EqualTo(
            $"The packer template {missing} does not exist; check the packer folder named in the OS's template.json."));
        Assert.That(packer.Calls(), Is.Empty);
    }

    [Test]
    public void The_command_line_cake_logs_is_the_one_packer_received()
    {
        InstallFake();

        Context().PackerValidate(Template, new PackerValidateSettings().WithVariable("node", "pve1"));

        Assert.That(Log.Messages, Has.Some.Matches<string>(m =>
            m.StartsWith("Executing: ", StringComparison.Ordinal) &&
            m.EndsWith($"validate -var \"node=pve1\" \"{TemplateDirectory}\"", StringComparison.Ordinal)));
    }
}
