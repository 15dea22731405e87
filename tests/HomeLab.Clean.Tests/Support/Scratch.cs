using System.Diagnostics;

namespace HomeLab.Clean.Tests.Support;

/// <summary>A unique scratch directory with helpers to lay out files, links and a git repository. Deleted on dispose.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch()
    {
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "homelab-clean-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Root { get; }

    public string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string File(string relative, string content = "generated")
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes an executable script (Unix only; the fakes are bash scripts).</summary>
    public string Script(string relative, string content)
    {
        var path = File(relative, content);
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public string Dir(string relative) => Directory.CreateDirectory(Full(relative)).FullName;

    public void Link(string relative, string target)
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            System.IO.File.CreateSymbolicLink(path, target);
        }
    }

    /// <summary>Whether something (a file, a directory, or a link, even a dangling one) is at the path.</summary>
    public bool Exists(string relative)
    {
        var path = Full(relative);
        return Path.Exists(path) || new FileInfo(path).LinkTarget is not null;
    }

    /// <summary>Every path under the root, links listed but never followed, '/'-separated and sorted.</summary>
    public IReadOnlyList<string> Snapshot(string? under = null)
    {
        var result = new List<string>();
        void Walk(string directory, string prefix)
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var relative = prefix + entry.Name;
                var isLink = entry.LinkTarget is not null;
                result.Add(relative + (isLink ? " -> " + entry.LinkTarget : string.Empty));
                if (!isLink && entry is DirectoryInfo && entry.Name != ".git")
                {
                    Walk(entry.FullName, relative + "/");
                }
            }
        }

        Walk(under is null ? Root : Full(under), string.Empty);
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    public void InitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "HomeLab Tests");
        Git("config", "user.email", "tests@homelab.invalid");
        Git("config", "commit.gpgsign", "false");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
