namespace HomeLab.Manifests;

/// <summary>
/// The lab lock: one run at a time writes a lab's manifests. <see cref="Acquire"/> creates <c>&lt;lab&gt;/.homelab.lock</c>
/// (with <see cref="FileMode.CreateNew"/>, so exactly one of several concurrent acquirers wins) holding the owner's pid, host,
/// start time and purpose; a second run fails at once naming the holder. A lock left by a process of this host that is gone
/// is taken over. Dispose releases it.
/// </summary>
public sealed class LabLock : IDisposable
{
    private const int MaxAttempts = 100;

    /// <summary>How long a reader waits for a lock file that is still being written before calling it unreadable.</summary>
    private static readonly TimeSpan WriteGrace = TimeSpan.FromMilliseconds(250);

    /// <summary>An unreadable lock file, or a take-over marker, older than this was left by a crash.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(10);

    private bool _released;

    private LabLock(string lockFile, LockHolder holder, LockHolder? tookOverFrom)
    {
        LockFile = lockFile;
        Holder = holder;
        TookOverFrom = tookOverFrom;
    }

    /// <summary>The lock file (absolute).</summary>
    public string LockFile { get; }

    /// <summary>This run, as written in the lock file.</summary>
    public LockHolder Holder { get; }

    /// <summary>The dead holder whose stale lock was taken over, if any.</summary>
    public LockHolder? TookOverFrom { get; }

    /// <summary>A line for the log when a stale lock was taken over; null otherwise.</summary>
    public string? Note => TookOverFrom is { } stale
        ? $"Took over a stale lab lock: {stale.Describe()} is no longer running."
        : null;

    /// <summary>Takes the lab lock for <paramref name="purpose"/>, or fails at once if another live run holds it.</summary>
    /// <exception cref="LabLockedException">Another run holds the lock.</exception>
    /// <exception cref="ManifestException">The lab root does not exist or cannot be written.</exception>
    public static LabLock Acquire(string labRoot, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var layout = new LabLayout(labRoot);
        if (!Directory.Exists(layout.Root))
        {
            throw new ManifestException($"{layout.Root}: the lab root does not exist; pass an existing folder as --lab.");
        }

        var path = layout.LockFile;
        var now = DateTimeOffset.UtcNow;
        var me = new LockHolder(Environment.ProcessId, Environment.MachineName,
            new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero), purpose)
        {
            Token = Guid.NewGuid().ToString("N"),
        };
        LockHolder? tookOver = null;
        LockHolder? lastSeen = null;
        Exception? createError = null;

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (TryCreate(path, me, ref createError))
            {
                return new LabLock(path, me, tookOver);
            }

            var (found, holder) = ReadPatiently(path);
            if (!found)
            {
                continue;
            }

            if (holder is null)
            {
                if (Age(path) < AbandonedAfter)
                {
                    throw Locked(path, null);
                }
            }
            else if (!IsStale(holder))
            {
                throw Locked(path, holder);
            }

            lastSeen = holder;
            switch (TryTakeOver(path, holder))
            {
                case TakeOver.Removed:
                    tookOver = holder;
                    break;
                case TakeOver.Busy:
                    // Another run is taking the stale lock over; see who ends up with it.
                    Thread.Sleep(RetryDelay);
                    break;
            }
        }

        if (createError is not null && !File.Exists(path))
        {
            throw new ManifestException(
                $"{path}: the lab lock cannot be created ({createError.Message}); check the lab folder's permissions.", createError);
        }

        throw Locked(path, lastSeen);
    }

    /// <summary>Who holds a lab's lock now, or null when it is free (or its file cannot be read).</summary>
    public static LockHolder? ReadHolder(string labRoot)
    {
        var path = new LabLayout(labRoot).LockFile;
        return ReadPatiently(path).Holder;
    }

    /// <summary>Releases the lock, unless someone removed or replaced the lock file meanwhile.</summary>
    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        if (TryReadOnce(LockFile, out var current) && current == Holder)
        {
            File.Delete(LockFile);
        }
    }

    private static bool IsStale(LockHolder holder) => holder.IsOnThisHost && !ProcessLiveness.IsAlive(holder.Pid, holder.Since);

    /// <summary>
    /// Creates the lock file, or returns false when that fails. Failing because the file exists is the usual case; the
    /// file may also vanish again before it can be checked (a stale lock being taken over), so any I/O error only counts
    /// once the attempts are used up and no lock file is there to explain it.
    /// </summary>
    private static bool TryCreate(string path, LockHolder me, ref Exception? error)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException)
        {
            error = exception;
            return false;
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new ManifestException($"{path}: the lab lock cannot be created ({exception.Message}); check the lab folder's permissions.", exception);
        }

        using (stream)
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(me.ToJson()));
            stream.Flush(flushToDisk: true);
        }

        return true;
    }

    /// <summary>
    /// Removes a stale lock, under a take-over marker so that two runs that both found it stale cannot both remove it (the
    /// second would remove the lock the first has just taken).
    /// </summary>
    private static TakeOver TryTakeOver(string path, LockHolder? stale)
    {
        var marker = path + ".takeover";
        try
        {
            using (new FileStream(marker, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }
        }
        catch (IOException) when (File.Exists(marker))
        {
            if (Age(marker) >= AbandonedAfter)
            {
                File.Delete(marker);
            }

            return TakeOver.Busy;
        }

        try
        {
            if (TryReadOnce(path, out var current) && current == stale)
            {
                File.Delete(path);
                return TakeOver.Removed;
            }

            return TakeOver.Changed;
        }
        finally
        {
            File.Delete(marker);
        }
    }

    /// <summary>Reads the lock file, waiting briefly while its creator is still writing it.</summary>
    private static (bool Found, LockHolder? Holder) ReadPatiently(string path)
    {
        var deadline = DateTime.UtcNow + WriteGrace;
        while (true)
        {
            if (!File.Exists(path))
            {
                return (false, null);
            }

            if (TryReadOnce(path, out var holder) && holder is not null)
            {
                return (true, holder);
            }

            if (DateTime.UtcNow >= deadline)
            {
                return (File.Exists(path), null);
            }

            Thread.Sleep(RetryDelay);
        }
    }

    /// <summary>False when the file is gone; true with a null holder when it exists but is not a complete lock.</summary>
    private static bool TryReadOnce(string path, out LockHolder? holder)
    {
        holder = null;
        try
        {
            holder = LockHolder.TryParse(File.ReadAllText(path));
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static TimeSpan Age(string path)
    {
        try
        {
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private enum TakeOver
    {
        /// <summary>The stale lock was removed; the next attempt may create the lock.</summary>
        Removed,

        /// <summary>The lock changed meanwhile (someone else took it over or released it): look again.</summary>
        Changed,

        /// <summary>Another run is taking it over right now.</summary>
        Busy,
    }

    private static LabLockedException Locked(string path, LockHolder? holder)
    {
        var name = Path.GetFileName(path);
        var message = holder is null
            ? $"The lab is locked: {name} exists but cannot be read yet. Wait for the run holding it to finish, or remove {name} if no run is going."
            : $"The lab is locked by {holder.Describe()}. Wait for it to finish, or remove {name} if that process is gone.";
        return new LabLockedException(path, holder, message);
    }
}
