using System.Globalization;
using System.Text.Json;
using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Tasks;
using HomeLab.Proxmox.Wire;

namespace HomeLab.Proxmox;

/// <summary>
/// The Proxmox VE API over HTTPS with an API token. Construct once per endpoint and dispose when done; calls
/// may run concurrently. Every failure is a <see cref="ProxmoxException"/> with an operator-ready message.
/// </summary>
public sealed class ProxmoxClient : IProxmoxClient, IDisposable
{
    private readonly ProxmoxTransport _transport;
    private readonly TaskWaiter _taskWaiter;

    /// <exception cref="ProxmoxConfigurationException">The TLS settings are unusable (bad fingerprint, unreadable CA file).</exception>
    public ProxmoxClient(ProxmoxClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _transport = new ProxmoxTransport(options);
        _taskWaiter = new TaskWaiter(this);
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

    public Task<int> GetNextIdAsync(CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("cluster", "nextid"), VmReader.NextId, cancellationToken);

    public async Task<bool> IsVmIdFreeAsync(int vmId, CancellationToken cancellationToken = default)
    {
        try
        {
            var request = ProxmoxRequest.Get(ApiPath.Of("cluster", "nextid"), new KeyValuePair<string, string>("vmid", Text(vmId)));
            await _transport.SendAsync(request, VmReader.NextId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ProxmoxException e) when (e.StatusCode == 400 && e.Message.Contains("already exists", StringComparison.Ordinal))
        {
            return false;
        }
    }

    public Task<IReadOnlyList<PveVm>> ListVmsAsync(string node, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "qemu"), VmReader.Vms, cancellationToken);

    public Task<PveVmConfig> GetVmConfigAsync(string node, int vmId, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "qemu", Text(vmId), "config"), VmReader.Config, cancellationToken);

    public Task<PveVmStatus> GetVmStatusAsync(string node, int vmId, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", node, "qemu", Text(vmId), "status", "current"), VmReader.Status, cancellationToken);

    public Task<Upid> CreateVmAsync(string node, VmCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(ProxmoxRequest.Post(ApiPath.Of("nodes", node, "qemu"), request.ToParameters()), cancellationToken);
    }

    public Task<Upid> ConvertToTemplateAsync(string node, int vmId, CancellationToken cancellationToken = default) =>
        SendAsync(ProxmoxRequest.Post(ApiPath.Of("nodes", node, "qemu", Text(vmId), "template"), []), cancellationToken);

    public Task<Upid> ResizeDiskAsync(string node, int vmId, string disk, string size, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(disk);
        ArgumentException.ThrowIfNullOrWhiteSpace(size);
        var form = new FormValues().Add("disk", disk).Add("size", size).Values;
        return SendAsync(ProxmoxRequest.Put(ApiPath.Of("nodes", node, "qemu", Text(vmId), "resize"), form), cancellationToken);
    }

    public Task<Upid> DeleteVmAsync(string node, int vmId, bool purge = false, bool destroyUnreferencedDisks = false, CancellationToken cancellationToken = default)
    {
        var query = new FormValues()
            .Add("purge", purge ? true : null)
            .Add("destroy-unreferenced-disks", destroyUnreferencedDisks ? true : null)
            .Values;
        return SendAsync(ProxmoxRequest.Delete(ApiPath.Of("nodes", node, "qemu", Text(vmId)), query), cancellationToken);
    }

    public Task<Upid> StopVmAsync(string node, int vmId, CancellationToken cancellationToken = default) =>
        SendAsync(ProxmoxRequest.Post(ApiPath.Of("nodes", node, "qemu", Text(vmId), "status", "stop"), []), cancellationToken);

    public Task<IReadOnlyList<PveStorageVolume>> ListStorageContentAsync(string node, string storage, string? content = null, CancellationToken cancellationToken = default)
    {
        var query = new FormValues().Add("content", content).Values.ToArray();
        return _transport.SendAsync(ProxmoxRequest.Get(ApiPath.Of("nodes", node, "storage", storage, "content"), query), VolumeReader.Content, cancellationToken);
    }

    public Task<Upid> DownloadUrlAsync(string node, string storage, DownloadUrlRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(ProxmoxRequest.Post(ApiPath.Of("nodes", node, "storage", storage, "download-url"), request.ToParameters()), cancellationToken);
    }

    public async Task<Upid> UploadAsync(string node, string storage, UploadRequest request, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(request.FilePath))
        {
            throw new ProxmoxException($"The file to upload, {request.FilePath}, does not exist.");
        }

        var fileName = request.TargetFileName;
        if (ContentFileName.Problem(request.Content, fileName) is { } problem)
        {
            throw new ProxmoxException($"Cannot upload {fileName}: {problem}.");
        }

        var fields = new FormValues()
            .Add("content", request.Content)
            .Add("checksum-algorithm", request.Sha256 is null ? null : "sha256")
            .Add("checksum", request.Sha256?.Trim().ToLowerInvariant())
            .Values;
        using var content = new MultipartFileContent(fields, "filename", fileName, request.FilePath, progress);
        return await _transport.UploadAsync(ApiPath.Of("nodes", node, "storage", storage, "upload"), content, VmReader.Upid, cancellationToken).ConfigureAwait(false);
    }

    public Task<PveTaskStatus> GetTaskStatusAsync(Upid upid, CancellationToken cancellationToken = default) =>
        GetAsync(ApiPath.Of("nodes", upid.Node, "tasks", upid.ToString(), "status"), TaskReader.Status, cancellationToken);

    public Task<PveTaskLog> GetTaskLogAsync(Upid upid, int start = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        var request = ProxmoxRequest.Get(
            ApiPath.Of("nodes", upid.Node, "tasks", upid.ToString(), "log"),
            new KeyValuePair<string, string>("start", Text(start)),
            new KeyValuePair<string, string>("limit", Text(limit)));
        return _transport.SendAsync(request, TaskReader.Log, cancellationToken);
    }

    public Task<PveTaskStatus> WaitForTaskAsync(
        Upid upid,
        IProgress<TaskProgress>? progress = null,
        TimeSpan? pollInterval = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        _taskWaiter.WaitAsync(upid, progress, pollInterval ?? TaskWaiter.DefaultPollInterval, timeout ?? TaskWaiter.DefaultTimeout, cancellationToken);

    public void Dispose() => _transport.Dispose();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<T> GetAsync<T>(string resource, Func<JsonElement, T> read, CancellationToken cancellationToken) =>
        _transport.SendAsync(ProxmoxRequest.Get(resource), read, cancellationToken);

    private Task<Upid> SendAsync(ProxmoxRequest request, CancellationToken cancellationToken) =>
        _transport.SendAsync(request, VmReader.Upid, cancellationToken);
}
