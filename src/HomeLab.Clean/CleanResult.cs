namespace HomeLab.Clean;

/// <summary>A path Clean meant to remove but could not.</summary>
public sealed record CleanFailure(string Path, string Message);

/// <summary>The outcome of running (or dry-running) a <see cref="CleanPlan"/>.</summary>
/// <param name="Plan">What was planned.</param>
/// <param name="DryRun"><c>true</c> when nothing was touched.</param>
/// <param name="Removed">What was removed (empty for a dry run, and for paths already gone).</param>
/// <param name="Failures">What could not be removed.</param>
public sealed record CleanResult(CleanPlan Plan, bool DryRun, IReadOnlyList<CleanEntry> Removed, IReadOnlyList<CleanFailure> Failures)
{
    /// <summary>One line, e.g. "Clean: removed 9 paths; kept 2." or "Clean: nothing to remove; the working copy is already clean."</summary>
    public string Summary
    {
        get
        {
            var kept = Plan.Kept.Count == 0 ? string.Empty : $"; kept {Plan.Kept.Count}";
            if (Plan.IsEmpty)
            {
                var prefix = DryRun ? "Clean (dry run)" : "Clean";
                return $"{prefix}: nothing to remove; the working copy is already clean{kept}.";
            }

            if (DryRun)
            {
                return $"Clean (dry run): would remove {Paths(Plan.ToRemove.Count)}{kept}.";
            }

            var failed = Failures.Count == 0 ? string.Empty : $"; {Paths(Failures.Count)} could not be removed";
            return $"Clean: removed {Paths(Removed.Count)}{kept}{failed}.";
        }
    }

    /// <summary>One line per path: what was (or would be) removed and why, then what was kept and why, then failures.</summary>
    public IEnumerable<string> Details()
    {
        var verb = DryRun ? "would remove" : "removed";
        foreach (var entry in DryRun ? Plan.ToRemove : Removed)
        {
            yield return $"{verb} {entry.Display} ({entry.Reason})";
        }

        foreach (var kept in Plan.Kept)
        {
            yield return $"kept {kept.Path} ({kept.Reason})";
        }

        foreach (var failure in Failures)
        {
            yield return $"could not remove {failure.Path}: {failure.Message}";
        }
    }

    private static string Paths(int count) => count == 1 ? "1 path" : $"{count} paths";
}
