namespace HomeLab.Proxmox;

/// <summary>
/// GET /access/permissions: path → privilege → propagate flag. A privilege is held on a path when it is
/// listed on that path, or on an ancestor path with propagate set.
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
            if (Paths.TryGetValue(current, out var privileges)
                && privileges.TryGetValue(privilege, out var propagate)
                && (exact || propagate))
            {
                return true;
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
