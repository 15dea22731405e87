namespace HomeLab.L2.Instances.Drift;

/// <summary>Tags as Proxmox keeps them: lower-cased, sorted, each once; shown <c>;</c>-separated.</summary>
internal static class ProxmoxTags
{
    public static SortedSet<string> Normalize(IEnumerable<string> tags) =>
        new(tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0), StringComparer.Ordinal);

    public static string Show(IEnumerable<string> tags) => string.Join(';', tags);
}
