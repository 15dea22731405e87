using System.IO.Enumeration;

namespace HomeLab.Clean;

/// <summary>What a <see cref="CleanRule"/> matches on disk.</summary>
public enum CleanTarget
{
    /// <summary>Only directories.</summary>
    Directory,

    /// <summary>Only files.</summary>
    File,
}

/// <summary>
/// One kind of generated path that Clean removes: a name pattern (<c>*</c> wildcards), whether it must be a directory or
/// a file, and whether it only counts at the root. A symbolic link matches by name whatever it points at, and is removed
/// as a link.
/// </summary>
/// <param name="NamePattern">The file or directory name, e.g. <c>output-*</c>.</param>
/// <param name="Target">Directory or file.</param>
/// <param name="RootOnly"><c>true</c> when it only matches directly under the root.</param>
/// <param name="Description">Why it goes, shown next to each removed path, e.g. "Packer output".</param>
/// <param name="ParentName">When set, the parent directory must have this name (e.g. <c>rendered</c> under <c>inventory</c>).</param>
public sealed record CleanRule(string NamePattern, CleanTarget Target, bool RootOnly, string Description, string? ParentName = null)
{
    /// <summary>The rule as a glob relative to the root, e.g. <c>**/inventory/rendered/</c> or <c>artifacts/</c>.</summary>
    public string Pattern =>
        (RootOnly ? string.Empty : "**/") +
        (ParentName is null ? string.Empty : ParentName + "/") +
        NamePattern +
        (Target == CleanTarget.Directory ? "/" : string.Empty);

    internal bool Matches(string name, string? parentName, bool atRoot, bool isDirectory, bool isLink) =>
        (!RootOnly || atRoot) &&
        (isLink || isDirectory == (Target == CleanTarget.Directory)) &&
        (ParentName is null || string.Equals(ParentName, parentName, StringComparison.Ordinal)) &&
        FileSystemName.MatchesSimpleExpression(NamePattern, name, ignoreCase: false);
}
