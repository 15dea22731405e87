using System.Collections.Concurrent;
using System.Text.Json;

namespace HomeLab.L0.Runway.Tools;

/// <summary>
/// Remembers the version each tool executable printed, keyed by its path, size and modification time, so a
/// warm runway does not start (for example) Python for ansible-playbook on every run. Replacing or upgrading a
/// tool changes its size or time and so asks it again. The file is a cache: losing it only costs time.
/// </summary>
/// <remarks>
/// The file is a flat JSON object, read with JsonDocument and written with Utf8JsonWriter: JsonSerializer's generic
/// metadata would be JIT-compiled on every warm run.
/// </remarks>
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
            return new ToolVersionCache(file, Parse(File.ReadAllText(file)));
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
            using (var stream = File.Create(temp))
            {
                Write(stream, _versions.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            }

            File.Move(temp, _file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A flat object of strings; anything else (another value, a non-string member) is no cache at all.</summary>
    private static Dictionary<string, string> Parse(string json)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return versions;
        }

        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String)
            {
                return new Dictionary<string, string>();
            }

            versions[member.Name] = member.Value.GetString()!;
        }

        return versions;
    }

    private static void Write(Stream stream, IEnumerable<KeyValuePair<string, string>> versions)
    {
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        foreach (var (key, version) in versions)
        {
            writer.WriteString(key, version);
        }

        writer.WriteEndObject();
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
