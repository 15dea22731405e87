namespace HomeLab.Proxmox.Simulator;

/// <summary>One interface of /etc/network/interfaces plus its live state, as GET /nodes/{node}/network lists it.</summary>
public sealed class SimNetworkInterface(string iface, string type)
{
    public string Iface { get; } = iface;

    /// <summary>bridge, bond, eth, alias, vlan, OVSBridge, OVSBond, OVSPort, OVSIntPort or vnet.</summary>
    public string Type { get; set; } = type;

    public bool Active { get; set; }

    public bool Autostart { get; set; }

    /// <summary>Whether a physical NIC of that name exists.</summary>
    public bool Exists { get; set; } = true;

    /// <summary>static, manual, dhcp …</summary>
    public string Method { get; set; } = "manual";

    /// <summary>e.g. "192.168.1.10/24"; address and netmask are derived from it.</summary>
    public string? Cidr { get; set; }

    public string? Gateway { get; set; }

    /// <summary>Space-separated port list of a bridge; "" means "none".</summary>
    public string? BridgePorts { get; set; }

    public string? BridgeStp { get; set; }

    public string? BridgeFd { get; set; }

    public bool BridgeVlanAware { get; set; }

    public string? Mtu { get; set; }

    public string? Comments { get; set; }

    public bool IsBridge => Type is "bridge" or "OVSBridge";

    public static SimNetworkInterface Ethernet(string iface) => new(iface, "eth") { Active = true, Exists = true };

    public static SimNetworkInterface Bridge(string iface, string ports, string? cidr = null, string? gateway = null) =>
        new(iface, "bridge")
        {
            Active = true,
            Autostart = true,
            Exists = false,
            Method = cidr is null ? "manual" : "static",
            Cidr = cidr,
            Gateway = gateway,
            BridgePorts = ports,
            BridgeStp = "off",
            BridgeFd = "0",
        };
}
