using System.Text;
using HomeLab.L0.Runway.Results;
using HomeLab.Manifests;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// Writes &lt;dir&gt;/runway_manifest.json and, beside it, the raw API answers the run received
/// (pve_version.json, nodes.json, network_&lt;node&gt;.json, storages_&lt;node&gt;.json, storage_&lt;id&gt;.json, permissions.json).
/// The folder then holds this run's files and nothing else: the raw answers of an earlier run (another node, another
/// storage) must not sit beside this run's manifest.
/// </summary>
public sealed class RunwayManifestWriter
{
    public const string ManifestFileName = "runway_manifest.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the files into a staging folder beside <paramref name="directory"/> and swaps it in whole, so that
    /// neither a crash nor another run writing at the same time leaves a mix of two runs' files.
    /// </summary>
    /// <returns>The full paths of the files written, the manifest first.</returns>
    public IReadOnlyList<string> Write(string directory, RunwayResult result)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(result);
        directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var unique = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = $"{directory}.new-{unique}";

        var names = WriteFiles(staging, result);
        FolderSwap.Replace(directory, staging);
        return names.Select(name => Path.Combine(directory, name)).ToList();
    }

    private static List<string> WriteFiles(string folder, RunwayResult result)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ManifestFileName), RunwayJson.Serialize(result) + "\n", Utf8);
        var names = new List<string> { ManifestFileName };

        foreach (var (fileName, body) in result.RawResponses.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // File names come from RawResponseRecorder and never hold a directory part; this keeps it that way.
            var name = Path.GetFileName(fileName);
            File.WriteAllText(Path.Combine(folder, name), body, Utf8);
            names.Add(name);
        }

        return names;
    }
}
