using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /nodes/{node}/network. Open to all, but bridges are hidden unless the token has SDN.Audit or SDN.Use on
/// /sdn/zones/localnetwork/{bridge}. Wire types as the Perl parser emits them: active/autostart are 1 or absent,
/// mtu, bridge_fd and netmask are strings.
/// </summary>
internal static class NetworkEndpoints
{
    private static readonly string[] Types =
        ["bridge", "bond", "eth", "alias", "vlan", "OVSBridge", "OVSBond", "OVSPort", "OVSIntPort", "vnet", "any_bridge", "any_local_bridge", "fabric", "include_sdn"];

    public static void Map(ApiRoutes routes) =>
        routes.Get("/nodes/{node}/network").OnNode().Parameters("type").Handle(async call =>
        {
            var type = call.Query("type");
            if (type is not null && !Types.Contains(type, StringComparer.Ordinal))
            {
                await ApiResponse.ParameterError(call.Http, "type", $"value '{type}' does not have a value in the enumeration '{string.Join(", ", Types)}'").ConfigureAwait(false);
                return;
            }

            var visible = call.Node.Network
                .Select((item, index) => (item, index))
                .Where(x => Matches(x.item, type))
                .Where(x => !x.item.IsBridge || call.Token.HasAny($"/sdn/zones/localnetwork/{x.item.Iface}", ["SDN.Audit", "SDN.Use"]))
                .Select(x => (JsonNode?)Entry(x.item, x.index));
            await ApiResponse.Data(call.Http, ApiResponse.Array(visible)).ConfigureAwait(false);
        });

    private static bool Matches(SimNetworkInterface item, string? type) => type switch
    {
        null or "include_sdn" => true,
        "any_bridge" => item.Type is "bridge" or "OVSBridge" or "vnet",
        "any_local_bridge" => item.Type is "bridge" or "OVSBridge",
        _ => item.Type == type,
    };

    private static JsonObject Entry(SimNetworkInterface item, int index)
    {
        var entry = new JsonObject
        {
            ["iface"] = item.Iface,
            ["type"] = item.Type,
            ["method"] = item.Method,
            ["method6"] = "manual",
            ["families"] = new JsonArray("inet"),
            ["priority"] = index + 3,
            ["exists"] = item.Exists ? 1 : 0,
        };
        AddFlag(entry, "active", item.Active);
        AddFlag(entry, "autostart", item.Autostart);
        AddFlag(entry, "bridge_vlan_aware", item.BridgeVlanAware);

        if (item.Cidr is { } cidr)
        {
            var slash = cidr.IndexOf('/');
            entry["cidr"] = cidr;
            entry["address"] = slash < 0 ? cidr : cidr[..slash];
            entry["netmask"] = slash < 0 ? "32" : cidr[(slash + 1)..];
        }

        AddText(entry, "gateway", item.Gateway);
        AddText(entry, "bridge_ports", item.BridgePorts is null ? null : string.Join(' ', item.BridgePorts.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
        AddText(entry, "bridge_stp", item.BridgeStp);
        AddText(entry, "bridge_fd", item.BridgeFd);
        AddText(entry, "mtu", item.Mtu);
        AddText(entry, "comments", item.Comments);
        return entry;
    }

    private static void AddFlag(JsonObject entry, string name, bool value)
    {
        if (value)
        {
            entry[name] = 1;
        }
    }

    private static void AddText(JsonObject entry, string name, string? value)
    {
        if (value is not null)
        {
            entry[name] = value;
        }
    }
}
