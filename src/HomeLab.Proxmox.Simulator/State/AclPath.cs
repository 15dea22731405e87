namespace HomeLab.Proxmox.Simulator;

/// <summary>ACL path helpers: "/", "/vms", "/vms/100" …</summary>
internal static class AclPath
{
    public static string Normalise(string path) => "/" + path.Trim().Trim('/');

    /// <summary>"/a/b" → "/", "/a", "/a/b": the order in which Proxmox applies ACLs (deeper ones override).</summary>
    public static IEnumerable<string> FromRoot(string path)
    {
        var normalised = Normalise(path);
        yield return "/";
        var segments = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= segments.Length; i++)
        {
            yield return "/" + string.Join('/', segments.Take(i));
        }
    }
}
