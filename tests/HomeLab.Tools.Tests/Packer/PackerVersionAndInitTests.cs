using Cake.Core;
using Cake.Core.IO;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>Version detection and init only where packer has it, against fake packers of both ages.</summary>
public class PackerVersionAndInitTests : FakePackerFixture
{
    [Test]
    public void The_version_is_read_from_packer_version()
    {
        var packer = InstallFake("Packer v1.9.4");

        var version = Context().PackerVersion();

        Assert.That(version, Is.EqualTo(new Version(1, 9, 4)));
        Assert.That(packer.SingleCall().Arguments, Is.EqualTo(new[] { "version" }));
        Assert.That(Log.Messages, Has.None.Contain("Packer v1.9.4"), "the version text is captured, not logged");
    }

    [Test]
    public void Output_without_a_version_is_one_line()
    {
        var packer = InstallFake("usage: not really packer");

        var error = Assert.Throws<CakeException>(() => Context().PackerVersion())!;

        Assert.That(error.Message, Is.EqualTo(
            $"`packer version` printed 'usage: not really packer' instead of a version; check that {packer.ExecutablePath} is HashiCorp packer."));
    }

    [Test]
    public void Packer_1_9_runs_init()
    {
        var packer = InstallFake("Packer v1.9.4");
        var context = Context();

        Assert.That(context.PackerSupportsInit(context.PackerVersion()), Is.True);
        var ran = context.PackerInitIfSupported(Template);

        Assert.That(ran, Is.True);
        var calls = packer.Calls();
        Assert.That(calls.Select(c => c.Arguments[0]), Is.EqualTo(new[] { "version", "version", "init" }));
        Assert.That(calls[^1].Arguments, Is.EqualTo(new[] { "init", TemplateDirectory }));
        Assert.That(Log.Messages, Has.None.StartsWith("Skipping packer init"));
    }

    [Test]
    public void Packer_1_6_6_skips_init_and_logs_why()
    {
        var packer = InstallFake("Packer v1.6.6");

        var ran = Context().PackerInitIfSupported(Template);

        Assert.That(ran, Is.False);
        Assert.That(packer.Calls().Select(c => c.Arguments[0]), Is.EqualTo(new[] { "version" }), "init must not run");
        Assert.That(Log.Messages, Does.Contain(
            "Skipping packer init: packer 1.6.6 has no init command (it came in packer 1.7.0), " +
            "so the plugins the template needs must already be installed."));
    }

    [Test]
    public void A_known_version_saves_asking_packer_again()
    {
        var packer = InstallFake("Packer v1.9.4");

        Context().PackerInitIfSupported(Template, version: new Version(1, 6, 6));

        Assert.That(packer.Calls(), Is.Empty);
    }

    [Test]
    public void A_json_template_skips_init_on_a_new_packer()
    {
        var packer = InstallFake("Packer v1.9.4");
        var json = Temp.File("lab/infra/os/ubuntu/packer/ubuntu.json", "{}");

        var ran = Context().PackerInitIfSupported(new FilePath(json));

        Assert.That(ran, Is.False);
        Assert.That(packer.Calls().Select(c => c.Arguments[0]), Is.EqualTo(new[] { "version" }));
        Assert.That(Log.Messages, Does.Contain($"Skipping packer init: packer init reads HCL2 templates only, and {json} is a JSON template."));
    }
}
