namespace HomeLab.Clean;

/// <summary>The paths git tracks under the clean root (relative, '/'-separated), or why git was not consulted.</summary>
public sealed class GitTracking
{
    private readonly HashSet<string> _tracked;
    private readonly HashSet<string> _directoriesWithTracked;

    private GitTracking(bool usesGit, IEnumerable<string> tracked, string note)
    {
        UsesGit = usesGit;
        Note = note;
        _tracked = new HashSet<string>(tracked.Where(p => p.Length > 0), StringComparer.Ordinal);
        _directoriesWithTracked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _tracked)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!_directoriesWithTracked.Add(path[..slash]))
                {
                    break;
                }
            }
        }
    }

    /// <summary><c>true</c> when the root is in a git work tree and <c>git ls-files</c> answered.</summary>
    public bool UsesGit { get; }

    /// <summary>One line for the log, e.g. "git: 42 tracked files are protected".</summary>
    public string Note { get; }

    /// <summary>How many paths git tracks under the root.</summary>
    public int TrackedCount => _tracked.Count;

    /// <summary>From the output of <c>git ls-files -z</c> run in the root.</summary>
    public static GitTracking FromTrackedPaths(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        return new GitTracking(true, list, $"git: {list.Count(p => p.Length > 0)} tracked files are protected");
    }

    /// <summary>Git could not be asked; only the name patterns decide.</summary>
    public static GitTracking NotAvailable(string why) => new(false, [], $"{why}: only the patterns decide");

    /// <summary>Whether git tracks exactly this path (a file, a symlink, or a submodule directory).</summary>
    public bool IsTracked(string relativePath) => _tracked.Contains(relativePath);

    /// <summary>Whether git tracks anything below this directory.</summary>
    public bool HasTrackedBelow(string relativeDirectory) => _directoriesWithTracked.Contains(relativeDirectory);
}
