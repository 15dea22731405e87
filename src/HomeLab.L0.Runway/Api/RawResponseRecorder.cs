using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Api;

/// <summary>
/// Keeps the last raw body of every API answer under the file name the runway writes it as:
/// pve_version.json, nodes.json, network_&lt;node&gt;.json, storages_&lt;node&gt;.json,
/// storage_&lt;storage&gt;.json and permissions.json.
/// </summary>
public sealed partial class RawResponseRecorder : IResponseRecorder
{
    private readonly ConcurrentDictionary<string, string> _bodies = new(StringComparer.Ordinal);

    public void Record(string resource, string body) => _bodies[FileNameFor(resource)] = body;

    public IReadOnlyDictionary<string, string> Snapshot() => new Dictionary<string, string>(_bodies, StringComparer.Ordinal);

    public static string FileNameFor(string resource)
    {
        var path = resource.Split('?', 2)[0].Trim('/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = parts switch
        {
            ["version"] => "pve_version",
            ["nodes"] => "nodes",
            ["access", "permissions"] => "permissions",
            ["nodes", var node, "network"] => $"network_{node}",
            ["nodes", var node, "storage"] => $"storages_{node}",
            ["nodes", _, "storage", var storage, "status"] => $"storage_{storage}",
            _ => string.Join('_', parts),
        };
        return Unsafe().Replace(Uri.UnescapeDataString(name), "_") + ".json";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
