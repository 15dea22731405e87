using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;

namespace HomeLab.L1.Templates.Tests;

/// <summary>The repository's sample lab (infra/os) builds in a simulation, as <c>./build.sh --target=L1 --simulate</c> runs it.</summary>
public class SampleLabTests : LabTest
{
    [Test]
    public async Task Every_os_of_the_sample_lab_builds_in_a_simulation()
    {
        CopyDirectory(Path.Combine(RepositoryRoot(), "infra"), Temp.Combine("infra"));
        Simulator.State.OfflineDownloads = true;
        Pve.Storage("local").AllowContent("import"); // as --simulate prepares it
        Settings = Settings with { Simulation = true };

        var outcomes = await BuildAsync(BuildMode.Always, [.. Lab.ListOperatingSystems()]);

        Assert.That(outcomes.Select(o => o.Os), Is.EqualTo(new[] { "arch", "ubuntu" }));
        Assert.That(outcomes.Select(o => o.Built), Is.All.True);
        var ubuntu = outcomes.Single(o => o.Os == "ubuntu").Artifact!.Read();
        Assert.That(Pve.Vm(ubuntu.Vmid!.Value).IsTemplate, Is.True);
        Assert.That(ubuntu.Name, Does.Match(@"^tpl-ubuntu-\d{8}-\d{6}$"));
        var arch = outcomes.Single(o => o.Os == "arch").Artifact!.Read();
        Assert.That(arch.IsoName, Is.EqualTo("archlinux-homelab-x86_64.iso"));
        Assert.That(Pve.Storage("local").FindVolume("local:iso/archlinux-homelab-x86_64.iso"), Is.Not.Null);
        Assert.That(Lab.ReadStable("ubuntu"), Is.Null);
        Assert.That(Lab.ReadStable("arch", ArtifactFamily.Iso), Is.Null);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HomeLab.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HomeLab.sln) was not found above the test directory.");
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
