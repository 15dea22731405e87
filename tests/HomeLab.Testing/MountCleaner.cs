using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace HomeLab.Testing;

/// <summary>Unmounts what a real-process fixture left mounted under its scratch folder (e.g. dockerd's <c>exec/netns</c>).</summary>
public static partial class MountCleaner
{
    private const int DetachFlag = 2;

    /// <summary>Lazily unmounts every mount point at or under <paramref name="root"/>, deepest first.</summary>
    public static void UnmountUnder(string root)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        foreach (var mountPoint in MountPointsUnder(prefix).OrderByDescending(point => point.Length))
        {
            _ = Unmount(mountPoint, DetachFlag);
        }
    }

    /// <summary>The mount points at or under <paramref name="prefix"/>, from /proc/self/mountinfo (octal escapes decoded).</summary>
    public static IReadOnlyList<string> MountPointsUnder(string prefix)
    {
        if (!File.Exists("/proc/self/mountinfo"))
        {
            return [];
        }

        return File.ReadAllLines("/proc/self/mountinfo")
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Select(fields => OctalEscape().Replace(fields[4], match => ((char)Convert.ToInt32(match.Groups[1].Value, 8)).ToString()))
            .Where(point => point == prefix || point.StartsWith(prefix + "/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\\([0-7]{3})")]
    private static partial Regex OctalEscape();

    [DllImport("libc", EntryPoint = "umount2", SetLastError = true)]
    private static extern int Unmount(string target, int flags);
}
