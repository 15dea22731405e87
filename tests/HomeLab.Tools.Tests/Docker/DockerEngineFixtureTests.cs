using HomeLab.Testing;

namespace HomeLab.Tools.Tests.Docker;

/// <summary>The engine fixture never passes silently: a missing prerequisite is one line naming its package.</summary>
[NonParallelizable]
public class DockerEngineFixtureTests
{
    [Test]
    public void Without_dockerd_on_path_it_names_the_package()
    {
        using var temp = new TempDirectory();
        using var scope = new EnvironmentScope();
        scope.Set("PATH", temp.Directory("empty-bin"));

        var error = Assert.Throws<InvalidOperationException>(() => DockerEngineFixture.Start().Dispose())!;

        Assert.That(error.Message, Is.EqualTo("dockerd was not found on PATH: install it with apt-get install docker.io; this test needs the real one."));
    }

    [Test]
    [Platform(Include = "Linux")]
    public void Debians_busybox_is_static_and_lists_its_applets()
    {
        Assert.That(ElfInterpreter.IsDynamic(BusyboxImageBuilder.BusyboxPath), Is.False, "install busybox-static");
        Assert.That(ElfInterpreter.IsDynamic("/bin/sh"), Is.True);
        Assert.That(BusyboxImageBuilder.Applets(), Has.Member("sh").And.Member("sleep").And.Not.Member("busybox"));
    }
}
