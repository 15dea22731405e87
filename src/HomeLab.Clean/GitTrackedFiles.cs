using System.Collections.Concurrent;
using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;

namespace HomeLab.Clean;

/// <summary>Asks <c>git ls-files -z</c>, through Cake's process runner, which files under a directory git tracks.</summary>
public static class GitTrackedFiles
{
    /// <summary>
    /// Queries git in <paramref name="root"/>. When the root is not inside a git work tree, the result says so and
    /// protects nothing by tracking.
    /// </summary>
    /// <exception cref="CakeException">The root is in a git work tree but git is missing or failed (e.g. "dubious
    /// ownership"): Clean refuses to guess rather than risk removing tracked files.</exception>
    public static GitTracking Query(ICakeContext context, string root)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(root);

        var git = context.Tools.Resolve("git") ?? context.Tools.Resolve("git.exe");
        if (git is null)
        {
            if (HasGitAbove(root))
            {
                throw new CakeException(
                    $"{root} is a git checkout but git was not found on PATH. Clean will not guess which files git tracks; install git and run Clean again.");
            }

            return GitTracking.NotAvailable("not a git work tree");
        }

        // Each line handler returns null so the (long) listing is neither buffered twice nor echoed into the log.
        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var process = context.ProcessRunner.Start(git, new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().Append("ls-files").Append("-z"),
            WorkingDirectory = new DirectoryPath(root),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectedStandardOutputHandler = line => Collect(output, line),
            RedirectedStandardErrorHandler = line => Collect(errors, line),
            EnvironmentVariables = new Dictionary<string, string> { ["LC_ALL"] = "C" },
        });
        process.WaitForExit();
        var exitCode = process.GetExitCode();

        if (exitCode == 0)
        {
            // -z separates paths with NUL; the line reader only split on newlines inside (rare) file names, rejoined here.
            return GitTracking.FromTrackedPaths(string.Join('\n', output).Split('\0'));
        }

        var message = errors.Select(e => e.Trim()).FirstOrDefault(e => e.Length > 0) ?? "no message";
        if (message.Contains("not a git repository", StringComparison.OrdinalIgnoreCase) || !HasGitAbove(root))
        {
            return GitTracking.NotAvailable("not a git work tree");
        }

        throw new CakeException(
            $"git ls-files failed in {root} (exit code {exitCode}): {message}. Clean will not guess which files git tracks; fix git for this directory and run Clean again.");
    }

    private static string? Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }

        return null;
    }

    private static bool HasGitAbove(string root)
    {
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            if (Path.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return true;
            }
        }

        return false;
    }
}
