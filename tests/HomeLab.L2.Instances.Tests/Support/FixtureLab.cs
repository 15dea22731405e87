using HomeLab.Testing;

namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>
/// A copy of a lab under <c>Fixtures/</c>, taken from the source tree rather than the build output: the build copies a
/// symbolic link as the file it points to, and the original tooling's stable manifest is such a link.
/// </summary>
internal sealed class FixtureLab : IDisposable
{
    private readonly TempDirectory _temp = new("homelab-l2-fixture-");

    public FixtureLab(string name)
    {
        Copy(new DirectoryInfo(Path.Combine(SourceDirectory(), "Fixtures", name)), _temp.Path);
        Manifests = new LabManifests(_temp.Path);
    }

    public string Root => _temp.Path;

    public LabManifests Manifests { get; }

    public void Dispose() => _temp.Dispose();

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var destination = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(destination, link);
            }
            else if (entry is DirectoryInfo folder)
            {
                Copy(folder, destination);
            }
            else
            {
                File.Copy(entry.FullName, destination);
            }
        }
    }

    /// <summary>This test project's folder in the source tree, found above the test's output folder.</summary>
    private static string SourceDirectory()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "tests", "HomeLab.L2.Instances.Tests");
            if (File.Exists(Path.Combine(folder.FullName, "HomeLab.sln")) && Directory.Exists(project))
            {
                return project;
            }
        }

        throw new InvalidOperationException("The repository root (HomeLab.sln) was not found above the test directory.");
    }
}
