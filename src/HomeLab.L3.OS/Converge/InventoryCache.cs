using System.Security.Cryptography;
using System.Text;

namespace HomeLab.L3.OS;

/// <summary>
/// Keeps what <c>ansible-inventory --list</c> printed for inventory files that have not changed since, so that an
/// everyday converge does not pay for a second ansible start (about half a second) just to check its group.
/// </summary>
/// <remarks>
/// Only static inventories are kept: a source that is executable (a script) or that names an inventory
/// <c>plugin:</c> (whose answer depends on a remote system) is asked every time. The key covers every file of every
/// source (path, size, modification time) and ansible.cfg, so an edit anywhere asks again.
/// </remarks>
public sealed class InventoryCache(string directory)
{
    /// <summary>The listing kept for these sources, or null when there is none or they cannot be kept.</summary>
    public string? Find(IReadOnlyList<string> sources, string? configFile)
    {
        var key = KeyOf(sources, configFile);
        return key is not null && File.Exists(PathOf(key)) ? File.ReadAllText(PathOf(key)) : null;
    }

    /// <summary>Keeps <paramref name="json"/> for these sources, when they are static.</summary>
    public void Keep(IReadOnlyList<string> sources, string? configFile, string json)
    {
        if (KeyOf(sources, configFile) is not { } key)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var temporary = PathOf(key) + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, json);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, PathOf(key), overwrite: true);
        foreach (var stale in Directory.EnumerateFiles(directory, "inventory-*.json").Where(file => file != PathOf(key)))
        {
            File.Delete(stale); // one listing is kept: the one of the inventory as it is now
        }
    }

    private string PathOf(string key) => Path.Combine(directory, $"inventory-{key}.json");

    private static string? KeyOf(IReadOnlyList<string> sources, string? configFile)
    {
        var text = new StringBuilder();
        foreach (var source in sources.Append(configFile).OfType<string>())
        {
            var files = Directory.Exists(source)
                ? Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(source) ? [source] : Enumerable.Empty<string>();
            foreach (var file in files)
            {
                if (IsDynamic(file))
                {
                    return null;
                }

                var info = new FileInfo(file);
                text.Append(info.FullName).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }

            text.Append(source).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static bool IsDynamic(string file) =>
        (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0)
        || File.ReadLines(file).Any(line => line.StartsWith("plugin:", StringComparison.Ordinal));
}
