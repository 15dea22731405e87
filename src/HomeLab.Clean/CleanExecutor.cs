namespace HomeLab.Clean;

/// <summary>
/// Carries out a <see cref="CleanPlan"/> without following links: a link is unlinked, a directory is emptied bottom-up
/// (links inside it unlinked, never entered), and nothing outside the plan's root is touched.
/// </summary>
public static class CleanExecutor
{
    /// <summary>Removes what the plan lists, or with <paramref name="dryRun"/> only reports it. Paths already gone are skipped.</summary>
    public static CleanResult Execute(CleanPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (dryRun)
        {
            return new CleanResult(plan, true, [], []);
        }

        var removed = new List<CleanEntry>();
        var failures = new List<CleanFailure>();
        foreach (var entry in plan.ToRemove)
        {
            try
            {
                if (Remove(plan.Root, entry))
                {
                    removed.Add(entry);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or UnsafePathException)
            {
                failures.Add(new CleanFailure(entry.Display, exception.Message));
            }
        }

        return new CleanResult(plan, false, removed, failures);
    }

    private static bool Remove(string root, CleanEntry entry)
    {
        var full = ResolveInside(root, entry.Path);
        var info = FileSystemEntries.Probe(full);
        if (info is null)
        {
            return false;
        }

        if (FileSystemEntries.IsLink(info))
        {
            DeleteLink(info);
        }
        else if (info is DirectoryInfo)
        {
            DeleteTree(info.FullName);
        }
        else
        {
            DeleteFile(info.FullName);
        }

        return true;
    }

    /// <summary>
    /// The absolute path of <paramref name="relative"/>, refusing one that leaves the root or passes through a link
    /// (something on disk changed since planning).
    /// </summary>
    private static string ResolveInside(string root, string relative)
    {
        var segments = relative.Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            throw new UnsafePathException("the path is not a plain relative path");
        }

        var current = root;
        foreach (var segment in segments[..^1])
        {
            current = Path.Combine(current, segment);
            var parent = FileSystemEntries.Probe(current);
            if (parent is not null && FileSystemEntries.IsLink(parent))
            {
                throw new UnsafePathException($"{segment} became a symbolic link after planning; not followed");
            }
        }

        return Path.Combine(current, segments[^1]);
    }

    private static void DeleteTree(string directory)
    {
        foreach (var entry in FileSystemEntries.List(directory))
        {
            if (FileSystemEntries.IsLink(entry))
            {
                DeleteLink(entry);
            }
            else if (entry is DirectoryInfo)
            {
                DeleteTree(entry.FullName);
            }
            else
            {
                DeleteFile(entry.FullName);
            }
        }

        Directory.Delete(directory, recursive: false);
    }

    private static void DeleteLink(FileSystemInfo link)
    {
        // On Windows a directory link or junction is removed with RemoveDirectory; elsewhere unlink() removes any link.
        if (OperatingSystem.IsWindows() && link.Attributes.HasFlag(FileAttributes.Directory))
        {
            Directory.Delete(link.FullName, recursive: false);
        }
        else
        {
            File.Delete(link.FullName);
        }
    }

    private static void DeleteFile(string path)
    {
        var attributes = File.GetAttributes(path);
        if (attributes.HasFlag(FileAttributes.ReadOnly))
        {
            File.SetAttributes(path, attributes & ~FileAttributes.ReadOnly);
        }

        File.Delete(path);
    }

    private sealed class UnsafePathException(string message) : Exception(message);
}
