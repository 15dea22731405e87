using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Wire;

namespace HomeLab.Proxmox;

/// <summary>
/// The Proxmox VE API over HTTPS with an API token. Construct once per endpoint and dispose when done; calls
/// may run concurrently. Every failure is a <see cref="ProxmoxException"/> with an operator-ready message.
/// </summary>
public sealed class ProxmoxClient : IProxmoxClient, IDisposable
{
    private readonly ProxmoxTransport transport;

    /// <exception cref="ProxmoxConfigurationException">The TLS settings are unusable (bad fingerprint, unreadable CA file).</exception>
    public ProxmoxClient(ProxmoxClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        transport = new ProxmoxTransport(options);
    }

    public ProxmoxClientOptions Options { get; }

    public ProxmoxEndpoint Endpoint => Options.Endpoint;

    public Task<PveVersion> GetVersionAsync(CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("version"), ModelReader.Version, cancellationToken);

    public Task<IReadOnlyList<PveNode>> GetNodesAsync(CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes"), ModelReader.Nodes, cancellationToken);

    public Task<IReadOnlyList<PveNetworkInterface>> GetNetworkAsync(string node, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "network"), ModelReader.Network, cancellationToken);

    public Task<IReadOnlyList<PveStorage>> GetStoragesAsync(string node, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "storage"), ModelReader.Storages, cancellationToken);

    public Task<PveStorageStatus> GetStorageStatusAsync(string node, string storage, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "storage", storage, "status"), ModelReader.StorageStatus, cancellationToken);

    public Task<PvePermissions> GetPermissionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("access", "permissions"), ModelReader.Permissions, cancellationToken);

    public void Dispose() => transport.Dispose();

    private Task<T> GetAsync<T>(string resource, Func<System.Text.Json.JsonElement, T> read, CancellationToken cancellationToken) =>
        transport.SendAsync(ProxmoxRequest.Get(resource), read, cancellationToken);
}
