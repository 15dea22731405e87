using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;

namespace HomeLab.Clean;

/// <summary>
/// Returns a working copy to its fresh-checkout state: plans with git's tracked files and the rules, then removes.
/// Local only: no remote call, no secrets needed.
/// </summary>
public sealed class WorkspaceCleaner
{
    private readonly ICakeContext _context;

    /// <summary>Uses the context's process runner and tool locator to ask git which files it tracks.</summary>
    public WorkspaceCleaner(ICakeContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Plans the clean of <paramref name="root"/> (relative paths resolve against Cake's working directory).</summary>
    /// <exception cref="CakeException">The root does not exist, is a filesystem root or the home directory, a directory
    /// cannot be read, or git failed.</exception>
    public CleanPlan Plan(DirectoryPath root)
    {
        var fullRoot = CheckRoot(root);
        var git = GitTrackedFiles.Query(_context, fullRoot);
        try
        {
            return new CleanPlanner(git).Plan(fullRoot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CakeException($"Clean could not read the working copy: {exception.Message} Fix the permissions and run Clean again.");
        }
    }

    /// <summary>Plans and, unless <paramref name="dryRun"/>, removes. Failures to remove are in the result, not thrown.</summary>
    public CleanResult Run(DirectoryPath root, bool dryRun = false) => CleanExecutor.Execute(Plan(root), dryRun);

    private string CheckRoot(DirectoryPath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root.MakeAbsolute(_context.Environment).FullPath));
        if (!Directory.Exists(full))
        {
            throw new CakeException($"Clean root {full} does not exist; run Clean from the lab repository.");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (full == Path.GetPathRoot(full) ||
            (home.Length > 0 && string.Equals(Path.TrimEndingDirectorySeparator(home), full, StringComparison.Ordinal)))
        {
            throw new CakeException($"Clean refuses to run on {full}: point it at the lab repository, not a filesystem root or home directory.");
        }

        return full;
    }
}
