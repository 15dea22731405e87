namespace HomeLab.Clean;

/// <summary>What a planned removal is on disk.</summary>
public enum CleanEntryKind
{
    /// <summary>A regular file (or other non-directory).</summary>
    File,

    /// <summary>A directory, removed with everything in it.</summary>
    Directory,

    /// <summary>A symbolic link (or junction), removed as a link; its target is never touched.</summary>
    Symlink,
}

/// <summary>A path Clean removes.</summary>
/// <param name="Path">Relative to the root, '/'-separated, no trailing slash.</param>
/// <param name="Kind">File, directory or link.</param>
/// <param name="Reason">The rule's description, e.g. "Packer output".</param>
public sealed record CleanEntry(string Path, CleanEntryKind Kind, string Reason)
{
    /// <summary>The path as shown to people: directories end in '/'.</summary>
    public string Display => Kind == CleanEntryKind.Directory ? Path + "/" : Path;
}

/// <summary>A path Clean would otherwise have removed (it matched a rule or sits in a directory being cleared) but keeps.</summary>
/// <param name="Path">Relative to the root, '/'-separated.</param>
/// <param name="Reason">E.g. "tracked by git" or "Terraform state".</param>
public sealed record KeptEntry(string Path, string Reason);

/// <summary>What Clean will remove under <see cref="Root"/> and what it keeps, before anything is touched.</summary>
/// <param name="Root">The absolute root directory.</param>
/// <param name="ToRemove">Paths to remove, sorted.</param>
/// <param name="Kept">Paths kept, sorted, with the reason.</param>
/// <param name="GitNote">How tracked files were found, e.g. "git: 42 tracked files are protected".</param>
public sealed record CleanPlan(string Root, IReadOnlyList<CleanEntry> ToRemove, IReadOnlyList<KeptEntry> Kept, string GitNote)
{
    /// <summary><c>true</c> when there is nothing to remove.</summary>
    public bool IsEmpty => ToRemove.Count == 0;
}
