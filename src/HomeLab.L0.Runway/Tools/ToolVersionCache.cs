using System.Collections.Concurrent;
using System.Text.Json;

namespace HomeLab.L0.Runway.Tools;

/// <summary>
/// Remembers the version each tool executable printed, keyed by its path, size and modification time, so a
/// warm runway does not start (for example) Python for ansible-playbook on every run. Replacing or upgrading a
/// tool changes its size or time and so asks it again. The file is a cache: losing it only costs time.
/// </summary>
public sealed class ToolVersionCache
{
    private readonly string _file;
    private readonly ConcurrentDictionary<string, string> _versions;
    private int _changed;

    private ToolVersionCache(string file, IDictionary<string, string> versions)
    {
        _file = file;
        _versions = new ConcurrentDictionary<string, string>(versions, StringComparer.Ordinal);
    }

    public static ToolVersionCache Load(string file)
    {
        try
        {
            var versions = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file));
            return new ToolVersionCache(file, versions ?? []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return new ToolVersionCache(file, new Dictionary<string, string>());
        }
    }

    public string? Find(string executable) => Key(executable) is { } key && _versions.TryGetValue(key, out var version) ? version : null;

    public void Remember(string executable, string version)
    {
        if (Key(executable) is { } key && (!_versions.TryGetValue(key, out var known) || known != version))
        {
            _versions[key] = version;
            Interlocked.Exchange(ref _changed, 1);
        }
    }

    /// <summary>Writes the cache when it learned something; a failure to write is ignored.</summary>
    public void Save()
    {
        if (Interlocked.Exchange(ref _changed, 0) == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_file))!);
            var temp = _file + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(_versions.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary()));
            File.Move(temp, _file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string? Key(string executable)
    {
        var info = new FileInfo(executable);
        if (!info.Exists)
        {
            return null;
        }

        // Follow a symlink (e.g. /usr/bin/packer -> ...) so that upgrading its target invalidates the entry.
        var target = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        return $"{info.FullName}|{target.Length}|{target.LastWriteTimeUtc.Ticks}";
    }
}
