namespace HomeLab.Manifests;

/// <summary>Another run holds the lab lock.</summary>
public sealed class LabLockedException : ManifestException
{
    internal LabLockedException(string lockFile, LockHolder? holder, string message)
        : base(message)
    {
        LockFile = lockFile;
        Holder = holder;
    }

    /// <summary>The lock file (absolute).</summary>
    public string LockFile { get; }

    /// <summary>Who holds it; null when the lock file could not be read.</summary>
    public LockHolder? Holder { get; }
}
