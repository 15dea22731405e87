namespace HomeLab.Proxmox;

/// <summary>
/// The typed subset of the Proxmox VE API that HomeLab uses. GETs are retried on transient failures; POSTs, PUTs
/// and DELETEs never are (a retried create could run twice). Calls that start work return the task's <see cref="Upid"/>;
/// <see cref="WaitForTaskAsync"/> waits for it. Every failure surfaces as a <see cref="ProxmoxException"/> with a
/// plain message.
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

    /// <summary>GET /cluster/nextid: the lowest free VMID in the cluster.</summary>
    Task<int> GetNextIdAsync(CancellationToken cancellationToken = default);

    /// <summary>GET /cluster/nextid?vmid=N: whether no VM or template anywhere in the cluster uses <paramref name="vmId"/>.</summary>
    Task<bool> IsVmIdFreeAsync(int vmId, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/qemu: the VMs (and templates) on that node.</summary>
    Task<IReadOnlyList<PveVm>> ListVmsAsync(string node, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/qemu/{vmid}/config. A VM that is not on the node is a <see cref="ProxmoxNotFoundException"/>.</summary>
    Task<PveVmConfig> GetVmConfigAsync(string node, int vmId, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/qemu/{vmid}/status/current.</summary>
    Task<PveVmStatus> GetVmStatusAsync(string node, int vmId, CancellationToken cancellationToken = default);

    /// <summary>POST /nodes/{node}/qemu: starts a qmcreate task. A VMID in use fails at once.</summary>
    Task<Upid> CreateVmAsync(string node, VmCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST /nodes/{node}/qemu/{vmid}/template: starts a qmtemplate task.</summary>
    Task<Upid> ConvertToTemplateAsync(string node, int vmId, CancellationToken cancellationToken = default);

    /// <summary>
    /// PUT /nodes/{node}/qemu/{vmid}/resize: starts a resize task that grows <paramref name="disk"/> (scsi0 …) to
    /// <paramref name="size"/>: <c>32G</c> is absolute, <c>+2G</c> grows by that much (K, M, G, T). The task fails when
    /// the size is smaller than the disk's ("shrinking disks is not supported") or the disk does not exist; the same
    /// size changes nothing. Needs VM.Config.Disk on the VM and Datastore.AllocateSpace on the disk's storage.
    /// </summary>
    Task<Upid> ResizeDiskAsync(string node, int vmId, string disk, string size, CancellationToken cancellationToken = default);

    /// <summary>DELETE /nodes/{node}/qemu/{vmid}: starts a qmdestroy task.</summary>
    Task<Upid> DeleteVmAsync(string node, int vmId, bool purge = false, bool destroyUnreferencedDisks = false, CancellationToken cancellationToken = default);

    /// <summary>POST /nodes/{node}/qemu/{vmid}/status/stop: starts a qmstop task.</summary>
    Task<Upid> StopVmAsync(string node, int vmId, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/storage/{storage}/content, optionally of one content type (iso, import, images …).</summary>
    Task<IReadOnlyList<PveStorageVolume>> ListStorageContentAsync(string node, string storage, string? content = null, CancellationToken cancellationToken = default);

    /// <summary>POST /nodes/{node}/storage/{storage}/download-url: the node fetches the file in a download task.</summary>
    Task<Upid> DownloadUrlAsync(string node, string storage, DownloadUrlRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST /nodes/{node}/storage/{storage}/upload: streams the file from disk (memory stays flat whatever its size)
    /// and returns the imgcopy task that moves it into place. <paramref name="progress"/> hears the bytes sent.
    /// </summary>
    Task<Upid> UploadAsync(string node, string storage, UploadRequest request, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/tasks/{upid}/status, on the node the UPID names.</summary>
    Task<PveTaskStatus> GetTaskStatusAsync(Upid upid, CancellationToken cancellationToken = default);

    /// <summary>GET /nodes/{node}/tasks/{upid}/log: lines after <paramref name="start"/>, at most <paramref name="limit"/> (0 = all).</summary>
    Task<PveTaskLog> GetTaskLogAsync(Upid upid, int start = 0, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls the task every <paramref name="pollInterval"/> (default 1 s) until it stops, reporting status and new log
    /// lines. Returns the final status when it ended OK or with WARNINGS; throws <see cref="ProxmoxTaskFailedException"/>
    /// (with the log's last lines) otherwise, or <see cref="ProxmoxTimeoutException"/> after <paramref name="timeout"/>
    /// (default 1 h; <see cref="Timeout.InfiniteTimeSpan"/> waits forever).
    /// </summary>
    Task<PveTaskStatus> WaitForTaskAsync(
        Upid upid,
        IProgress<TaskProgress>? progress = null,
        TimeSpan? pollInterval = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default);
}
