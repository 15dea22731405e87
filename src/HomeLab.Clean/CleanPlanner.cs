namespace HomeLab.Clean;

/// <summary>
/// Walks a root directory without following links and decides, from <see cref="CleanRules"/>, <see cref="ProtectedPaths"/>
/// and git's tracked files, what to remove. It touches nothing.
/// </summary>
/// <remarks>
/// Not entered (outside directories being cleared): <c>.git</c>, the root's <c>.build/</c>, <c>bin/</c> and <c>obj/</c>,
/// and nested git work trees (any directory holding a <c>.git</c>), which are separate checkouts. A directory that
/// matches a rule is removed whole unless something inside must be kept; then its other contents are removed one by one.
/// </remarks>
public sealed class CleanPlanner
{
    private static readonly string[] NeverEnteredAnywhere = [".git", "bin", "obj"];
    private const string HostBuildCache = ".build";

    private readonly GitTracking _git;

    /// <summary>Plans against <paramref name="git"/>'s tracked files.</summary>
    public CleanPlanner(GitTracking git)
    {
        _git = git ?? throw new ArgumentNullException(nameof(git));
    }

    /// <summary>Plans the clean of <paramref name="root"/> (an existing directory).</summary>
    public CleanPlan Plan(string root)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var plan = new Findings();
        Walk(fullRoot, relative: string.Empty, plan);
        return new CleanPlan(
            fullRoot,
            plan.Remove.OrderBy(e => e.Path, StringComparer.Ordinal).ToList(),
            plan.Keep.OrderBy(e => e.Path, StringComparer.Ordinal).ToList(),
            _git.Note);
    }

    private void Walk(string directory, string relative, Findings findings)
    {
        var atRoot = relative.Length == 0;
        var parentName = atRoot ? null : Path.GetFileName(directory);
        foreach (var entry in FileSystemEntries.List(directory))
        {
            var path = Combine(relative, entry.Name);
            var isLink = FileSystemEntries.IsLink(entry);
            var isDirectory = !isLink && entry is DirectoryInfo;
            var rule = CleanRules.Match(entry.Name, parentName, atRoot, isDirectory, isLink);

            var keepReason = ReasonToKeep(entry.Name, path);
            if (keepReason is not null)
            {
                if (rule is not null)
                {
                    findings.Keep.Add(new KeptEntry(path, keepReason));
                }

                continue;
            }

            if (rule is not null)
            {
                PlanRemoval(entry, path, isLink, isDirectory, rule.Description, findings);
            }
            else if (isDirectory && ShouldEnter(entry, atRoot))
            {
                Walk(entry.FullName, path, findings);
            }
        }
    }

    /// <summary>Removes the entry, or for a directory holding something to keep, everything in it but that.</summary>
    private void PlanRemoval(FileSystemInfo entry, string path, bool isLink, bool isDirectory, string reason, Findings findings)
    {
        if (isLink)
        {
            findings.Remove.Add(new CleanEntry(path, CleanEntryKind.Symlink, reason));
            return;
        }

        if (!isDirectory)
        {
            findings.Remove.Add(new CleanEntry(path, CleanEntryKind.File, reason));
            return;
        }

        var inside = new Findings();
        foreach (var child in FileSystemEntries.List(entry.FullName))
        {
            var childPath = Combine(path, child.Name);
            var keepReason = ReasonToKeep(child.Name, childPath);
            if (keepReason is not null)
            {
                inside.Keep.Add(new KeptEntry(childPath, keepReason));
                continue;
            }

            var childIsLink = FileSystemEntries.IsLink(child);
            PlanRemoval(child, childPath, childIsLink, !childIsLink && child is DirectoryInfo, reason, inside);
        }

        if (inside.Keep.Count == 0 && !_git.HasTrackedBelow(path))
        {
            findings.Remove.Add(new CleanEntry(path, CleanEntryKind.Directory, reason));
        }
        else
        {
            findings.Remove.AddRange(inside.Remove);
            findings.Keep.AddRange(inside.Keep);
        }
    }

    private string? ReasonToKeep(string name, string path) =>
        _git.IsTracked(path) ? ProtectedPaths.TrackedByGit : ProtectedPaths.ReasonToKeep(name);

    private static bool ShouldEnter(FileSystemInfo directory, bool atRoot)
    {
        if (NeverEnteredAnywhere.Contains(directory.Name, StringComparer.Ordinal))
        {
            return false;
        }

        if (atRoot && directory.Name == HostBuildCache)
        {
            return false;
        }

        return !Path.Exists(Path.Combine(directory.FullName, ".git"));
    }

    private static string Combine(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;

    private sealed class Findings
    {
        public List<CleanEntry> Remove { get; } = [];

        public List<KeptEntry> Keep { get; } = [];
    }
}
