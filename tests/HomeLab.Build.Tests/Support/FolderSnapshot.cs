using System.Security.Cryptography;

namespace HomeLab.Build.Tests.Support;

/// <summary>Every file and folder under a directory with its content's hash, to show a run left it byte for byte as it was.</summary>
internal static class FolderSnapshot
{
    public static string[] Of(string directory) => Directory.Exists(directory)
        ? Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(directory, path) + (Directory.Exists(path)
                ? "/"
                : " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))))
            .ToArray()
        : [];
}
