using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Api;

/// <summary>Builds the real HTTP client; tests pass their own factory to <see cref="RunwayRunner"/>.</summary>
public static class ProxmoxClientFactory
{
    public static IProxmoxClient Create(ProxmoxClientOptions options) => new ProxmoxClient(options);
}
