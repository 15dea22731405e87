namespace HomeLab.Proxmox;

/// <summary>
/// The typed subset of the Proxmox VE API that HomeLab uses. Every call is a GET and is retried on
/// transient failures; every failure surfaces as a <see cref="ProxmoxException"/> with a plain message.
/// </summary>
public interface IProxmoxClient
{
    /// <summary>GET /version: also the cheapest way to prove the token is accepted.</summary>
    Task<PveVersion> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>GET /nodes.</summary>
    Task<IReadOnlyList<PveNode>> GetNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/network.</summary>
    Task<IReadOnlyList<PveNetworkInterface>> GetNetworkAsync(string node, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/storage.</summary>
    Task<IReadOnlyList<PveStorage>> GetStoragesAsync(string node, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/storage/{storage}/status.</summary>
    Task<PveStorageStatus> GetStorageStatusAsync(string node, string storage, CancellationToken cancellationToken = default);

    /// <summary>GET /access/permissions for the calling token.</summary>
    Task<PvePermissions> GetPermissionsAsync(CancellationToken cancellationToken = default);
}
