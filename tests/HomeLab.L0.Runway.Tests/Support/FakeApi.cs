using HomeLab.Proxmox;
using Moq;

namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>A mocked <see cref="IProxmoxClient"/> whose answers are plain fields a test can change before the run.</summary>
internal sealed class FakeApi
{
    public const long GiB = 1L << 30;

    public static readonly string[] AllPrivileges =
    [
        "VM.Allocate", "VM.Audit", "VM.Clone", "VM.Config.CDROM", "VM.Config.CPU", "VM.Config.Cloudinit", "VM.Config.Disk",
        "VM.Config.HWType", "VM.Config.Memory", "VM.Config.Network", "VM.Config.Options", "VM.PowerMgmt",
        "Datastore.AllocateTemplate", "Datastore.AllocateSpace", "Datastore.Audit",
        "Sys.Audit", "Sys.Modify", "Sys.AccessNetwork", "SDN.Audit", "SDN.Use",
    ];

    public FakeApi()
    {
        Client.Setup(c => c.GetVersionAsync(It.IsAny<CancellationToken>())).Returns(() => Answer(() => Version));
        Client.Setup(c => c.GetNodesAsync(It.IsAny<CancellationToken>())).Returns(() => Answer<IReadOnlyList<PveNode>>(() => Nodes));
        Client.Setup(c => c.GetNetworkAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string _, CancellationToken _) => Answer<IReadOnlyList<PveNetworkInterface>>(() => Network));
        Client.Setup(c => c.GetStoragesAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string _, CancellationToken _) => Answer<IReadOnlyList<PveStorage>>(() => Storages));
        Client.Setup(c => c.GetStorageStatusAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string _, string storage, CancellationToken _) => Answer<PveStorageStatus>(() =>
                Storages.FirstOrDefault(s => s.Storage == storage) ?? throw new ProxmoxNotFoundException($"GET /nodes/pve/storage/{storage}/status failed: No such storage.")));
        Client.Setup(c => c.GetPermissionsAsync(It.IsAny<CancellationToken>()))
            .Returns(() => Answer(() => new PvePermissions(Permissions.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, bool>)p.Value))));
    }

    public Mock<IProxmoxClient> Client { get; } = new(MockBehavior.Strict);

    public PveVersion Version { get; set; } = new("9.2.11", "9.2", "2d1e5a7c90b3f4e6");

    public Exception? VersionFailure { get; set; }

    public List<PveNode> Nodes { get; } = [new("pve", "online", null, 8, 32 * GiB)];

    public List<PveNetworkInterface> Network { get; } =
    [
        new("eno1", "eth", true, true, null, null),
        new("vmbr0", "bridge", true, true, "192.168.1.10/24", "eno1"),
    ];

    public List<PveStorage> Storages { get; } =
    [
        Storage("local", "dir", ["iso", "vztmpl", "backup", "import"], 100 * GiB, 12 * GiB),
        Storage("local-lvm", "lvmthin", ["images", "rootdir"], 500 * GiB, 40 * GiB),
    ];

    public Dictionary<string, Dictionary<string, bool>> Permissions { get; } = new()
    {
        ["/"] = AllPrivileges.ToDictionary(p => p, _ => true),
    };

    public static PveStorage Storage(string id, string type, string[] content, long total, long used, bool enabled = true, bool active = true) =>
        new(id, type, content.ToHashSet(), enabled, active, false, total, used, total - used);

    public void Replace(PveStorage storage)
    {
        Storages.RemoveAll(s => s.Storage == storage.Storage);
        Storages.Add(storage);
    }

    public void FailVersionWith(Exception failure) =>
        Client.Setup(c => c.GetVersionAsync(It.IsAny<CancellationToken>())).ThrowsAsync(failure);

    private static Task<T> Answer<T>(Func<T> read)
    {
        // Yield first so that concurrent checks really overlap, as they do over HTTP.
        return Task.Run(async () =>
        {
            await Task.Yield();
            return read();
        });
    }
}
