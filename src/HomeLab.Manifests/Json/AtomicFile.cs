using System.Globalization;
using System.Text;

namespace HomeLab.Manifests;

/// <summary>
/// Writes files so that a crash at any moment leaves either the old content or the new, never a mix: the content goes to a
/// hidden temporary file in the same folder, is flushed to disk, and is then renamed over the target (rename is atomic
/// within a file system, and replaces a symbolic link itself rather than what it points to).
/// </summary>
public static class AtomicFile
{
    private const string TempExtension = ".tmp";

    /// <summary>Writes <paramref name="path"/> whether or not it exists.</summary>
    public static void Replace(string path, string content)
    {
        var temp = WriteTemp(path, content);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="content"/>, or returns false without touching anything when it
    /// already exists. The name is claimed first with <see cref="FileMode.CreateNew"/> (so no file is ever overwritten),
    /// then the complete content is renamed over that empty claim. A crash between the two leaves an empty file, which
    /// readers report as an interrupted write.
    /// </summary>
    public static bool TryCreateNew(string path, string content)
    {
        try
        {
            using (new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }

        try
        {
            Replace(path, content);
            return true;
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>
    /// Removes temporary files that a killed writer left behind for <paramref name="targetFileName"/>, when they are older than
    /// <paramref name="olderThan"/> (younger ones may belong to a writer that is still running).
    /// </summary>
    public static int DeleteLeftovers(string directory, string targetFileName, TimeSpan olderThan)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var deleted = 0;
        var cutoff = DateTime.UtcNow - olderThan;
        foreach (var leftover in Directory.EnumerateFiles(directory, "." + targetFileName + ".*" + TempExtension))
        {
            if (File.GetLastWriteTimeUtc(leftover) < cutoff && TryDelete(leftover))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static string WriteTemp(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory,
            string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempExtension}"));
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var bytes = Encoding.UTF8.GetBytes(content);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
