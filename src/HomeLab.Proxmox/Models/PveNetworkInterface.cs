namespace HomeLab.Proxmox;

/// <summary>One entry of GET /nodes/{node}/network. <c>active</c> and <c>autostart</c> are absent on the wire when false.</summary>
public sealed record PveNetworkInterface(string Iface, string Type, bool Active, bool Autostart, string? Cidr, string? BridgePorts)
{
    public bool IsBridge => Type is "bridge" or "OVSBridge";
}
