using System.Text;
using HomeLab.L0.Runway.Results;

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

    private const int SwapAttempts = 20;

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
        SwapIn(staging, directory, $"{directory}.old-{unique}");
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

    // A folder cannot be renamed over a non-empty one, so the current one moves aside first. When another run
    // swaps its own folder in between the two moves, this one moves that aside too and tries again: the last
    // run to finish wins, whole.
    private static void SwapIn(string staging, string directory, string aside)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (Directory.Exists(directory))
            {
                TryMove(directory, aside);
                TryDelete(aside);
            }

            try
            {
                Directory.Move(staging, directory);
                return;
            }
            catch (IOException) when (attempt < SwapAttempts)
            {
                Thread.Sleep(Random.Shared.Next(1, 5 * attempt)); // lets the other run finish its two moves
            }
        }
    }

    private static void TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run moved it first; the retry sees what is there now.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A left-over old folder is untidy, not wrong; Clean removes artifacts/.
        }
    }
}
