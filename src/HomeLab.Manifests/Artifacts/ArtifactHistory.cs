using System.Collections;

namespace HomeLab.Manifests;

/// <summary>An OS's artifacts, newest first, with its stable manifests.</summary>
public sealed class ArtifactHistory : IReadOnlyList<ArtifactEntry>
{
    private readonly IReadOnlyList<ArtifactEntry> _entries;

    internal ArtifactHistory(string os, IReadOnlyList<ArtifactEntry> entries, IReadOnlyList<StableManifest> stables, IReadOnlyList<string> stableProblems)
    {
        Os = os;
        _entries = entries;
        StableManifests = stables;
        StableProblems = stableProblems;
    }

    public string Os { get; }

    /// <summary>The OS's stable manifests that could be read: at most one per <see cref="ArtifactFamily"/>.</summary>
    public IReadOnlyList<StableManifest> StableManifests { get; }

    /// <summary>One line per stable manifest that exists but cannot be read (promoting an artifact replaces it).</summary>
    public IReadOnlyList<string> StableProblems { get; }

    public int Count => _entries.Count;

    public ArtifactEntry this[int index] => _entries[index];

    /// <summary>The stable manifest of a family, or null.</summary>
    public StableManifest? Stable(ArtifactFamily family) => StableManifests.FirstOrDefault(s => s.Family == family);

    /// <summary>The artifact a family's stable manifest was promoted from, when it is still in the history.</summary>
    public ArtifactEntry? StableEntry(ArtifactFamily family) =>
        Stable(family)?.PromotedFrom is { } name ? _entries.FirstOrDefault(e => e.FileName == name) : null;

    public IEnumerator<ArtifactEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
