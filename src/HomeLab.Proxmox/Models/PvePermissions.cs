namespace HomeLab.Proxmox;

/// <summary>
/// GET /access/permissions: path → privilege → propagate flag. Each listed path carries the effective privileges
/// there, so a privilege is held on a path when the nearest listed path (the path itself or its closest listed
/// ancestor) has it, and, for an ancestor, with propagate set. A deeper ACL overrides what is inherited, which is
/// why the search stops at the nearest listed path instead of climbing further.
/// </summary>
public sealed class PvePermissions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> paths)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Paths { get; } = paths;

    public bool Has(string path, string privilege)
    {
        var current = Normalise(path);
        var exact = true;
        while (true)
        {
            if (Paths.TryGetValue(current, out var privileges))
            {
                return privileges.TryGetValue(privilege, out var propagate) && (exact || propagate);
            }

            if (current == "/")
            {
                return false;
            }

            var cut = current.LastIndexOf('/');
            current = cut <= 0 ? "/" : current[..cut];
            exact = false;
        }
    }

    private static string Normalise(string path)
    {
        var trimmed = "/" + path.Trim().Trim('/');
        return trimmed;
    }
}
