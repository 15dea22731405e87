namespace HomeLab.Proxmox;

/// <summary>
/// Compares <see cref="PveNeeds"/> with what the node has, and says, one reason per problem, what is missing, for what,
/// and how to fix it. L0 and L1 give the same reasons.
/// </summary>
public static class PveNeedsCheck
{
    /// <summary>The reasons <paramref name="version"/> falls short: one per feature, naming what needs it and the release.</summary>
    public static IReadOnlyList<string> VersionReasons(PveNeeds needs, PveVersion version)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(version);
        return needs.Features
            .Where(need => !need.Feature.IsIn(version))
            .GroupBy(need => need.Feature)
            .Select(group =>
                $"{Capitalised(Join(group.Select(need => need.NeededBy)))} {Needs(group.Select(need => need.NeededBy))} {group.Key.Description}, " +
                $"which came with Proxmox VE {group.Key.Since}; this node runs {version.Version}. Upgrade Proxmox VE to {group.Key.Since} or later.")
            .ToList();
    }

    /// <summary>
    /// The reasons the storages fall short: a storage that is missing or disabled, or one that does not allow a content type,
    /// naming the storage, the content type, what needs it and the fix.
    /// </summary>
    public static IReadOnlyList<string> StorageReasons(PveNeeds needs, IReadOnlyList<PveStorage> storages, string node)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(storages);
        var reasons = new List<string>();
        foreach (var byStorage in needs.Content.GroupBy(need => need.Storage, StringComparer.Ordinal))
        {
            var chosenBy = Join(byStorage.Select(need => need.ChosenBy));
            var storage = storages.FirstOrDefault(s => s.Storage == byStorage.Key);
            if (storage is null)
            {
                reasons.Add($"Storage '{byStorage.Key}' ({chosenBy}) does not exist on node '{node}' (or the token may not see it); " +
                    $"{Join(byStorage.Select(need => need.NeededBy))} {Needs(byStorage.Select(need => need.NeededBy))} it.");
                continue;
            }

            if (!storage.Enabled)
            {
                reasons.Add($"Storage '{storage.Storage}' ({chosenBy}) is disabled; enable it under Datacenter → Storage, or set {chosenBy} to another storage.");
                continue;
            }

            foreach (var byContent in byStorage.GroupBy(need => need.Content, StringComparer.Ordinal).Where(group => !storage.Allows(group.Key)))
            {
                var neededBy = byContent.Select(need => need.NeededBy).ToList();
                var variables = Join(byContent.Select(need => need.ChosenBy));
                reasons.Add(
                    $"Storage '{storage.Storage}' does not allow content '{byContent.Key}', which {Join(neededBy)} {Needs(neededBy)} " +
                    $"(it allows: {Allowed(storage)}). Add '{byContent.Key}' under Datacenter → Storage → {storage.Storage} → Edit → Content, " +
                    $"or set {variables} to a storage that allows it.");
            }
        }

        return reasons;
    }

    private static string Allowed(PveStorage storage) =>
        storage.Content.Count == 0 ? "nothing" : string.Join(", ", storage.Content.Order(StringComparer.Ordinal));

    private static string Join(IEnumerable<string> items)
    {
        var list = items.Distinct(StringComparer.Ordinal).ToList();
        return list.Count <= 2 ? string.Join(" and ", list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>"needs" after one subject, "need" after several.</summary>
    private static string Needs(IEnumerable<string> subjects) => subjects.Distinct(StringComparer.Ordinal).Count() == 1 ? "needs" : "need";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
