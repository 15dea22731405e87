namespace HomeLab.L1.Templates;

/// <summary>Reads the commit HEAD points at, from the .git of a folder or of the nearest folder above it, without running git.</summary>
internal static class GitHead
{
    public static string? TryRead(string directory)
    {
        try
        {
            for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
            {
                var dotGit = Path.Combine(current.FullName, ".git");
                var gitDirectory = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDirectory(dotGit, current.FullName) : null;
                if (gitDirectory is not null)
                {
                    return ReadHead(gitDirectory);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // git_sha is informative; an unreadable repository leaves it out.
        }

        return null;
    }

    // A worktree's or submodule's .git is a file: "gitdir: <path>".
    private static string? LinkedGitDirectory(string dotGitFile, string folder)
    {
        var text = File.ReadAllText(dotGitFile).Trim();
        return text.StartsWith("gitdir:", StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(folder, text["gitdir:".Length..].Trim()))
            : null;
    }

    private static string? ReadHead(string gitDirectory)
    {
        var headFile = Path.Combine(gitDirectory, "HEAD");
        if (!File.Exists(headFile))
        {
            return null;
        }

        var head = File.ReadAllText(headFile).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return IsSha(head) ? head.ToLowerInvariant() : null;
        }

        var reference = head["ref:".Length..].Trim();
        var common = CommonDirectory(gitDirectory);
        foreach (var folder in new[] { gitDirectory, common }.Distinct())
        {
            var loose = Path.Combine(folder, reference);
            if (File.Exists(loose) && File.ReadAllText(loose).Trim() is var sha && IsSha(sha))
            {
                return sha.ToLowerInvariant();
            }
        }

        var packed = Path.Combine(common, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var parts = line.Split(' ', 2);
                if (parts.Length == 2 && parts[1].Trim() == reference && IsSha(parts[0]))
                {
                    return parts[0].ToLowerInvariant();
                }
            }
        }

        return null;
    }

    // Worktrees keep shared refs in the repository's own git folder, named in "commondir".
    private static string CommonDirectory(string gitDirectory)
    {
        var file = Path.Combine(gitDirectory, "commondir");
        return File.Exists(file) ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(file).Trim())) : gitDirectory;
    }

    private static bool IsSha(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigit);
}
