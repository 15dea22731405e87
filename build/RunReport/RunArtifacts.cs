using Cake.Frosting;

namespace HomeLab.Build.RunReport;

/// <summary>
/// The files a run wrote, each given to the task that was running when it was written: everything under
/// <c>artifacts/</c> changed since the run started (but the simulation's lab copy and the report itself), and the
/// lab's artifact and stable manifests when a task that writes them ran.
/// </summary>
internal static class RunArtifacts
{
    // File times come from the kernel's coarse clock, which can lag the one DateTimeOffset.UtcNow reads by a tick.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(50);

    private static readonly string[] LabManifestWriters = ["BuildTemplates", "PromoteStable", "Promote"];

    public static ILookup<string, string> ByTask(RunRecord run, string workingDirectory, string artifactsDirectory, string labDirectory, IReadOnlySet<string> reportFiles)
    {
        var since = run.Start - ClockSlack;
        var files = Changed(artifactsDirectory, since, skip: Path.Combine(artifactsDirectory, "simulation"))
            .Where(file => !reportFiles.Contains(file));
        if (run.Tasks.Any(task => task.Start is not null && LabManifestWriters.Contains(task.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var os = Path.Combine(labDirectory, "infra", "os");
            var manifests = Directory.Exists(os)
                ? Directory.EnumerateDirectories(os)
                    .SelectMany(folder => new[] { Path.Combine(folder, "artifacts"), Path.Combine(folder, "spec") })
                    .SelectMany(folder => Changed(folder, since, skip: null))
                : [];
            files = files.Concat(manifests);
        }

        var started = run.Tasks.Where(task => task.Start is not null).OrderBy(task => task.Start).ToList();
        return files
            .Select(file => (File: file, Written: File.GetLastWriteTimeUtc(file)))
            .OrderBy(file => file.File, StringComparer.Ordinal)
            .ToLookup(
                file => started.LastOrDefault(task => task.Start!.Value - ClockSlack <= file.Written)?.Name ?? "",
                file => Path.GetRelativePath(workingDirectory, file.File).Replace('\\', '/'));
    }

    private static IEnumerable<string> Changed(string directory, DateTimeOffset since, string? skip)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return new DirectoryInfo(directory).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true })
            .Where(file => file.LastWriteTimeUtc >= since.UtcDateTime)
            .Select(file => file.FullName)
            .Concat(new DirectoryInfo(directory).EnumerateDirectories()
                .Where(folder => folder.FullName != skip && folder.LinkTarget is null)
                .SelectMany(folder => Changed(folder.FullName, since, skip)));
    }
}
