namespace HomeLab.Proxmox;

/// <summary>
/// The API base URL derived from PVE_ACCESS_HOST, which may be <c>host</c>, <c>host:port</c> or
/// <c>https://host[:port][/][api2/json]</c>.
/// </summary>
public sealed record ProxmoxEndpoint(Uri BaseUrl, bool HasExplicitPort)
{
    /// <summary>pveproxy's port, suggested when no port was given and the connection was refused.</summary>
    public const int DefaultProxmoxPort = 8006;

    public static ProxmoxEndpoint Parse(string accessHost) => throw new NotImplementedException("client agent implements this");

    public static bool TryParse(string? accessHost, out ProxmoxEndpoint? endpoint, out string? error) => throw new NotImplementedException("client agent implements this");
}
