using Cake.Core;
using Cake.Core.IO;
using HomeLab.Tools.Packer;

namespace HomeLab.Tools.Tests.Packer;

/// <summary>Without packer, every command fails with one line naming packer and the layer that needs it.</summary>
public class PackerMissingTests : FakePackerFixture
{
    private const string Hint = "Install it (apt-get install packer, or https://developer.hashicorp.com/packer/install) or set PackerSettings.ToolPath.";

    [SetUp]
    public void EmptyPath() => Scope.Set("PATH", Temp.Directory("empty-bin"));

    [Test]
    public void Build_without_packer_on_path()
    {
        var error = Assert.Throws<CakeException>(() => Context().PackerBuild(Template))!;

        Assert.That(error.Message, Is.EqualTo($"packer was not found on PATH (needed by L1 Templates). {Hint}"));
    }

    [Test]
    public void Every_command_gives_the_same_line()
    {
        var context = Context();
        var expected = $"packer was not found on PATH (needed by L1 Templates). {Hint}";

        Assert.That(Assert.Throws<CakeException>(() => context.PackerVersion())!.Message, Is.EqualTo(expected));
        Assert.That(Assert.Throws<CakeException>(() => context.PackerInit(Template))!.Message, Is.EqualTo(expected));
        Assert.That(Assert.Throws<CakeException>(() => context.PackerInitIfSupported(Template))!.Message, Is.EqualTo(expected));
        Assert.That(Assert.Throws<CakeException>(() => context.PackerValidate(Template))!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void Packer_is_missed_before_the_template_is()
    {
        var error = Assert.Throws<CakeException>(() => Context().PackerBuild(new DirectoryPath(Temp.Combine("nowhere"))))!;

        Assert.That(error.Message, Does.StartWith("packer was not found on PATH"));
    }

    [Test]
    public void A_tool_path_that_does_not_exist_is_named()
    {
        var path = Temp.Combine("opt", "packer");

        var error = Assert.Throws<CakeException>(() =>
            Context().PackerBuild(Template, new PackerBuildSettings { ToolPath = new FilePath(path) }))!;

        Assert.That(error.Message, Is.EqualTo($"packer was not found at {path} (PackerSettings.ToolPath; needed by L1 Templates). {Hint}"));
    }
}
