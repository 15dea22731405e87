namespace HomeLab.Proxmox.Http;

/// <summary>Builds resource paths below /api2/json with each variable segment escaped.</summary>
internal static class ApiPath
{
    /// <summary><c>ApiPath.Of("nodes", node, "network")</c> → <c>/nodes/pve/network</c>.</summary>
    public static string Of(params string[] segments)
    {
        foreach (var segment in segments)
        {
            if (string.IsNullOrWhiteSpace(segment))
            {
                throw new ArgumentException("A path segment is empty; pass the node or storage name.", nameof(segments));
            }
        }

        return "/" + string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
