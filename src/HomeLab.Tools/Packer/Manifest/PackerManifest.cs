using System.Text.Json;

namespace HomeLab.Tools.Packer;

/// <summary>
/// <c>packer-manifest.json</c>, written by packer's manifest post-processor. Each run appends its builds and records
/// its id in <c>last_run_uuid</c>.
/// </summary>
public sealed class PackerManifest
{
    /// <summary>The manifest post-processor's default output file.</summary>
    public const string DefaultFileName = "packer-manifest.json";

    private PackerManifest(string path, string? lastRunUuid, IReadOnlyList<PackerManifestBuild> builds)
    {
        Path = path;
        LastRunUuid = lastRunUuid;
        Builds = builds;
    }

    /// <summary>Where the manifest was read from.</summary>
    public string Path { get; }

    /// <summary>The id of the run that last wrote the manifest; <c>null</c> when it has none.</summary>
    public string? LastRunUuid { get; }

    /// <summary>Every build, oldest first; never empty.</summary>
    public IReadOnlyList<PackerManifestBuild> Builds { get; }

    /// <summary>Reads and checks the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="Cake.Core.CakeException">It is missing, not JSON, not a manifest, or has no builds (one line).</exception>
    public static PackerManifest Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw PackerManifestErrors.Missing(fullPath);
        }

        string json;
        try
        {
            json = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PackerManifestErrors.Unreadable(fullPath, e.Message.TrimEnd('.'));
        }

        return Parse(json, fullPath);
    }

    /// <summary>Parses manifest text; <paramref name="path"/> only names it in errors.</summary>
    public static PackerManifest Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw PackerManifestErrors.InvalidJson(path, e.LineNumber, FirstSentence(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw PackerManifestErrors.NotAManifest(path, "is not a JSON object");
            }

            if (!root.TryGetProperty("builds", out var builds) || builds.ValueKind is JsonValueKind.Null)
            {
                throw PackerManifestErrors.NoBuilds(path);
            }

            if (builds.ValueKind != JsonValueKind.Array)
            {
                throw PackerManifestErrors.NotAManifest(path, "has a \"builds\" that is not an array");
            }

            var list = builds.EnumerateArray()
                .Select((build, index) => build.ValueKind == JsonValueKind.Object
                    ? ReadBuild(build)
                    : throw PackerManifestErrors.NotAManifest(path, $"has a builds[{index}] that is not an object"))
                .ToList();
            if (list.Count == 0)
            {
                throw PackerManifestErrors.NoBuilds(path);
            }

            return new PackerManifest(path, Text(root, "last_run_uuid"), list);
        }
    }

    /// <summary>
    /// The build the last run produced (the last entry whose packer_run_uuid is <see cref="LastRunUuid"/>), else
    /// the last entry.
    /// </summary>
    public PackerManifestBuild SelectBuild() =>
        Builds.LastOrDefault(build => LastRunUuid is not null && build.PackerRunUuid == LastRunUuid) ?? Builds[^1];

    /// <summary>The VMID of <see cref="SelectBuild"/>.</summary>
    /// <exception cref="Cake.Core.CakeException">Its artifact_id is not a VMID (one line).</exception>
    public int SelectVmid()
    {
        var build = SelectBuild();
        return build.Vmid ?? throw PackerManifestErrors.NotAVmid(Path, build);
    }

    private static PackerManifestBuild ReadBuild(JsonElement build) => new(
        Text(build, "name") ?? string.Empty,
        Text(build, "builder_type") ?? string.Empty,
        BuildTime(build),
        Text(build, "artifact_id") ?? string.Empty,
        Text(build, "packer_run_uuid") ?? string.Empty,
        CustomData(build),
        Files(build));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? AsText(value) : null;

    // Lenient: a number or boolean where a string belongs is taken as its JSON text.
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static DateTimeOffset? BuildTime(JsonElement build) =>
        build.TryGetProperty("build_time", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static IReadOnlyDictionary<string, string> CustomData(JsonElement build)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (build.TryGetProperty("custom_data", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in custom.EnumerateObject())
            {
                data[property.Name] = AsText(property.Value) ?? string.Empty;
            }
        }

        return data;
    }

    private static IReadOnlyList<PackerManifestFile> Files(JsonElement build)
    {
        if (!build.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return files.EnumerateArray()
            .Where(file => file.ValueKind == JsonValueKind.Object)
            .Select(file => new PackerManifestFile(
                Text(file, "name") ?? string.Empty,
                file.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var bytes) ? bytes : 0))
            .ToList();
    }

    // System.Text.Json appends " Path: $ | LineNumber: 0 | BytePositionInLine: 3." to its messages; the line is reported separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
