using Cake.Core.IO;
using Cake.Core.Packaging;
using HomeLab.Frosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HomeLab.Frosting.Tests;

public class ToolInstallerTests
{
    [Test]
    public void A_run_that_installs_no_tool_never_builds_the_package_installers()
    {
        var installers = new InstallerLog();

        var run = TestHost.Run(host => host.ConfigureServices(services => Register(services, installers)), "--target=Echo");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(installers.Entries, Is.Empty);
    }

    [Test]
    public void A_task_that_installs_a_tool_goes_through_cakes_tool_installer_to_the_package_installers()
    {
        var installers = new InstallerLog();

        var run = TestHost.Run(host => host.ConfigureServices(services => Register(services, installers)), "--target=InstallTool");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(installers.Entries, Is.EqualTo(new[] { "built", "install Sample.Tool 1.2.3 as Tool" }));
        Assert.That(run.Journal, Is.EqualTo(new[] { "installed sample-tool" }));
    }

    private static void Register(IServiceCollection services, InstallerLog log)
    {
        services.AddSingleton<IPackageInstaller>(_ =>
        {
            log.Entries.Add("built");
            return new RecordingPackageInstaller(log);
        });
    }

    private sealed class InstallerLog
    {
        public List<string> Entries { get; } = [];
    }

    private sealed class RecordingPackageInstaller(InstallerLog log) : IPackageInstaller
    {
        public bool CanInstall(PackageReference package, PackageType type) => package.Scheme == "sample";

        public IReadOnlyCollection<IFile> Install(PackageReference package, PackageType type, DirectoryPath path)
        {
            log.Entries.Add($"install {package.Package} {package.Parameters["version"].Single()} as {type}");
            return [new FakeFile(path.CombineWithFilePath("sample-tool"))];
        }
    }

    private sealed class FakeFile(FilePath path) : IFile
    {
        public FilePath Path { get; } = path;

        Cake.Core.IO.Path IFileSystemInfo.Path => Path;

        public long Length => 0;

        public FileAttributes Attributes { get; set; }

        public bool Exists => true;

        public bool Hidden => false;

        public DateTime? LastWriteTime => null;

        public void Copy(FilePath destination, bool overwrite) => throw new NotSupportedException();

        public void Move(FilePath destination) => throw new NotSupportedException();

        public void Delete() => throw new NotSupportedException();

        public Stream Open(FileMode fileMode, FileAccess fileAccess, FileShare fileShare) => throw new NotSupportedException();
    }
}
