using System.Collections.Concurrent;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Api;

/// <summary>
/// The API answers the checks share. Each resource is asked for once, however many checks need it and
/// however concurrently they ask; a failure is shared the same way.
/// </summary>
public sealed class ProxmoxReads(IProxmoxClient client, CancellationToken cancellationToken)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _reads = new(StringComparer.Ordinal);

    public Task<PveVersion> Version => Read("/version", () => client.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<PveNode>> Nodes => Read("/nodes", () => client.GetNodesAsync(cancellationToken));

    public Task<PvePermissions> Permissions => Read("/access/permissions", () => client.GetPermissionsAsync(cancellationToken));

    public Task<IReadOnlyList<PveNetworkInterface>> Network(string node) =>
        Read($"/nodes/{node}/network", () => client.GetNetworkAsync(node, cancellationToken));

    public Task<IReadOnlyList<PveStorage>> Storages(string node) =>
        Read($"/nodes/{node}/storage", () => client.GetStoragesAsync(node, cancellationToken));

    public Task<PveStorageStatus> StorageStatus(string node, string storage) =>
        Read($"/nodes/{node}/storage/{storage}/status", () => client.GetStorageStatusAsync(node, storage, cancellationToken));

    /// <summary>
    /// Asks for everything the checks will need at once, /version included, so that the whole runway costs one
    /// round trip rather than one per check (or two, version first). The checks still decide what the answers
    /// mean; an answer nobody awaits, such as the node's after a rejected token, is simply unused.
    /// </summary>
    public void Prefetch(string? node, IEnumerable<string?> storages)
    {
        _ = Version;
        if (string.IsNullOrWhiteSpace(node))
        {
            return; // every other check needs the node
        }

        _ = Nodes;
        _ = Permissions;
        _ = Network(node);
        _ = Storages(node);
        foreach (var storage in storages.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            _ = StorageStatus(node, storage!);
        }
    }

    /// <summary>Completes when every read asked for so far has answered or failed; it never throws.</summary>
    public Task SettledAsync() =>
        Task.WhenAll(_reads.Values.Select(read => read.Value)).ContinueWith(
            _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>The version, if GET /version was asked for and answered.</summary>
    public PveVersion? VersionIfRead => Succeeded<PveVersion>("/version");

    /// <summary>The status of a storage, if it was asked for and answered.</summary>
    public PveStorageStatus? StorageStatusIfRead(string node, string storage) =>
        Succeeded<PveStorageStatus>($"/nodes/{node}/storage/{storage}/status");

    private T? Succeeded<T>(string resource) where T : class =>
        _reads.TryGetValue(resource, out var read) && read.IsValueCreated && read.Value.IsCompletedSuccessfully
            ? ((Task<T>)read.Value).Result
            : null;

    private Task<T> Read<T>(string resource, Func<Task<T>> fetch) =>
        (Task<T>)_reads.GetOrAdd(resource, _ => new Lazy<Task>(() => fetch(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
