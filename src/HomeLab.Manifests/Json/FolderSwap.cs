namespace HomeLab.Manifests;

/// <summary>
/// Replaces a folder with another one, whole: the folder is never a mix of two runs' files, even when several
/// processes replace it at once (the last one wins).
/// </summary>
public static class FolderSwap
{
    private const int SwapAttempts = 20;

    /// <summary>Moves <paramref name="staging"/> to <paramref name="directory"/>, replacing whatever is there.</summary>
    /// <remarks>
    /// A folder cannot be renamed over a non-empty one, so the current one moves aside first. When another process
    /// swaps its own folder in between the two moves, this one moves that aside too and tries again.
    /// </remarks>
    public static void Replace(string directory, string staging)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(staging);
        directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var aside = $"{directory}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
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
            // A left-over old folder is untidy, not wrong; Clean removes generated folders.
        }
    }
}
