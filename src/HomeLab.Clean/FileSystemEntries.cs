namespace HomeLab.Clean;

/// <summary>Directory listing and type checks that never follow a symbolic link.</summary>
internal static class FileSystemEntries
{
    private static readonly EnumerationOptions AllEntries = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The entries of a directory (dot-files included), sorted ordinally by name.</summary>
    public static IReadOnlyList<FileSystemInfo> List(string directory) =>
        new DirectoryInfo(directory).EnumerateFileSystemInfos("*", AllEntries)
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>A symbolic link, or on Windows any reparse point such as a junction.</summary>
    public static bool IsLink(FileSystemInfo entry) =>
        entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>The entry at <paramref name="path"/> without following a final link, or <c>null</c> when nothing is there.</summary>
    public static FileSystemInfo? Probe(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not null)
        {
            return file;
        }

        if (Directory.Exists(path))
        {
            return new DirectoryInfo(path);
        }

        return file.Exists ? file : null;
    }
}
