using System.Text;
using HomeLab.L0.Runway.Results;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// Writes &lt;dir&gt;/runway_manifest.json and, beside it, the raw API answers the run received
/// (pve_version.json, nodes.json, network_&lt;node&gt;.json, storages_&lt;node&gt;.json, storage_&lt;id&gt;.json, permissions.json).
/// </summary>
public sealed class RunwayManifestWriter
{
    public const string ManifestFileName = "runway_manifest.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The full paths of the files written, the manifest first.</returns>
    public IReadOnlyList<string> Write(string directory, RunwayResult result)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);

        var manifest = Path.Combine(directory, ManifestFileName);
        File.WriteAllText(manifest, RunwayJson.Serialize(result) + "\n", Utf8);
        var written = new List<string> { manifest };

        foreach (var (fileName, body) in result.RawResponses.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // File names come from RawResponseRecorder and never hold a directory part; this keeps it that way.
            var path = Path.Combine(directory, Path.GetFileName(fileName));
            File.WriteAllText(path, body, Utf8);
            written.Add(path);
        }

        return written;
    }
}
