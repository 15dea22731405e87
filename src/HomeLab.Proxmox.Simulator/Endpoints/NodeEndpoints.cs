using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>GET /nodes: every member; stats only when online and the token has Sys.Audit on /nodes/{node}.</summary>
internal static class NodeEndpoints
{
    public static void Map(ApiRoutes routes) =>
        routes.Get("/nodes").Parameters().Handle(call =>
            ApiResponse.Data(call.Http, ApiResponse.Array(call.State.Nodes.Select(node => Entry(call, node)))));

    private static JsonObject Entry(ApiCall call, SimNode node)
    {
        var entry = new JsonObject
        {
            ["node"] = node.Name,
            ["status"] = node.Status.ToString().ToLowerInvariant(),
            ["id"] = $"node/{node.Name}",
            ["type"] = "node",
            ["level"] = string.Empty,
            ["ssl_fingerprint"] = node.SslFingerprint ?? call.Simulator.Certificates.Fingerprint,
        };

        if (!call.Token.Has($"/nodes/{node.Name}", "Sys.Audit"))
        {
            return entry;
        }

        // An offline node keeps only its last known maxima.
        entry["maxcpu"] = node.MaxCpu;
        entry["maxmem"] = node.MaxMem;
        entry["maxdisk"] = node.MaxDisk;
        if (node.IsOnline)
        {
            entry["cpu"] = node.Cpu;
            entry["mem"] = node.Mem;
            entry["disk"] = node.Disk;
            entry["uptime"] = node.Uptime;
        }

        return entry;
    }
}
