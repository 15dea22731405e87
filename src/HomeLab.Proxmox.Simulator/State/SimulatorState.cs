namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// Everything the simulated Proxmox VE knows. Thread-safe; tests change it between requests, e.g.
/// <c>state.Node("pve").Status = SimNodeStatus.Offline</c>, <c>state.Node("pve").RemoveInterface("vmbr0")</c>,
/// <c>state.Node("pve").Storage("local").SetFree(1 * SimStorage.GiB)</c>,
/// <c>state.Node("pve").Storage("local-lvm").DisallowContent("images")</c>,
/// <c>state.DefaultToken.Revoke("/vms", "VM.Allocate")</c>, <c>state.AddToken("ci@pve!ro").Grant("/", "Sys.Audit")</c>,
/// <c>state.Node("pve").AddVm(9000, "ubuntu-2404")</c>, <c>state.OfflineDownloads = true</c>.
/// Uploaded and downloaded files live under <see cref="FilesDirectory"/>, which the simulator deletes when it stops.
/// </summary>
public sealed class SimulatorState
{
    public const string DefaultNodeName = "pve";
    public const string DefaultTokenId = "homelab@pve!homelab";

    /// <summary>How long pveproxy delays the answer to a rejected login.</summary>
    public static readonly TimeSpan PveproxyAuthFailureDelay = TimeSpan.FromSeconds(3);

    private readonly object _sync = new();
    private readonly List<SimNode> _nodes = [];
    private readonly List<SimToken> _tokens = [];
    private readonly List<SimTask> _tasks = [];
    private readonly Lazy<string> _filesDirectory = new(CreateFilesDirectory);
    private SimVersion _version = SimVersion.Default;

    public SimVersion Version
    {
        get => Volatile.Read(ref _version);
        set => Volatile.Write(ref _version, value);
    }

    /// <summary>
    /// Real pveproxy waits 3 s (<see cref="PveproxyAuthFailureDelay"/>) before answering a failed login; the simulator
    /// waits this long (default none in-process; the standalone simulator's <c>--auth-failure-delay-ms</c>).
    /// </summary>
    public TimeSpan AuthFailureDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// download-url accepts every download without fetching it and stores a small placeholder: for runs without
    /// internet (<c>--simulate</c>). The task log says so.
    /// </summary>
    public bool OfflineDownloads { get; set; }

    /// <summary>The range /cluster/nextid searches (datacenter.cfg next-id lower/upper).</summary>
    public int NextIdLower { get; set; } = 100;

    public int NextIdUpper { get; set; } = 1_000_000;

    /// <summary>The simulator's own directory for uploaded and downloaded files (created on first use).</summary>
    public string FilesDirectory => _filesDirectory.Value;

    /// <summary>Every task started so far, oldest first.</summary>
    public IReadOnlyList<SimTask> Tasks
    {
        get
        {
            lock (_sync)
            {
                return _tasks.ToArray();
            }
        }
    }

    public IReadOnlyList<SimNode> Nodes
    {
        get
        {
            lock (_sync)
            {
                return _nodes.ToArray();
            }
        }
    }

    public IReadOnlyList<SimToken> Tokens
    {
        get
        {
            lock (_sync)
            {
                return _tokens.ToArray();
            }
        }
    }

    /// <summary>The first token: the one the simulator advertises (TokenId/TokenSecret).</summary>
    public SimToken DefaultToken => Tokens.FirstOrDefault() ?? throw new InvalidOperationException("The simulator has no token.");

    /// <summary>
    /// A fresh install of <paramref name="version"/> (default <see cref="SimVersion.Default"/>): node <c>pve</c> (online)
    /// with eno1 and vmbr0 (192.168.1.10/24 on eno1); storages <c>local</c> (dir: iso, vztmpl, backup; 100 GiB) and
    /// <c>local-lvm</c> (lvmthin: images, rootdir; 500 GiB), as the installer leaves them (so <c>local</c> does not allow
    /// <c>import</c> until <see cref="ApplyStorageContent"/> adds it); token <c>homelab@pve!homelab</c> with a random
    /// secret and every privilege on "/".
    /// </summary>
    public static SimulatorState CreateDefault(SimVersion? version = null)
    {
        var state = new SimulatorState { Version = version ?? SimVersion.Default };
        var node = state.AddNode(DefaultNodeName);
        node.AddInterface(SimNetworkInterface.Ethernet("eno1"));
        node.AddInterface(SimNetworkInterface.Bridge("vmbr0", ports: "eno1", cidr: "192.168.1.10/24", gateway: "192.168.1.1"));
        node.AddStorage("local", "dir", ["iso", "vztmpl", "backup"], total: 100 * SimStorage.GiB, used: 12 * SimStorage.GiB);
        node.AddStorage("local-lvm", "lvmthin", ["images", "rootdir"], total: 500 * SimStorage.GiB, used: 40 * SimStorage.GiB);
        state.AddToken(DefaultTokenId).GrantAll("/");
        return state;
    }

    /// <summary>
    /// Sets the content types of a storage on every node that has it, as Datacenter → Storage → Edit → Content does.
    /// </summary>
    /// <exception cref="InvalidOperationException">No node has the storage, or <see cref="Version"/> does not know a content type.</exception>
    public void ApplyStorageContent(StorageContentSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (setting.ProblemOn(Version) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var storages = Nodes.Select(n => n.FindStorage(setting.Storage)).OfType<SimStorage>().ToList();
        if (storages.Count == 0)
        {
            var known = Nodes.SelectMany(n => n.Storages).Select(s => s.Id).Distinct(StringComparer.Ordinal);
            throw new InvalidOperationException($"there is no storage '{setting.Storage}' (the simulator has: {string.Join(", ", known)})");
        }

        foreach (var storage in storages)
        {
            storage.Content = setting.Content.ToHashSet(StringComparer.Ordinal);
        }
    }

    public SimNode? FindNode(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    public SimNode Node(string name) => FindNode(name) ?? throw new KeyNotFoundException($"The simulator has no node {name}.");

    public SimNode AddNode(string name)
    {
        var node = new SimNode(name);
        lock (_sync)
        {
            _nodes.RemoveAll(n => n.Name == name);
            _nodes.Add(node);
        }

        return node;
    }

    public bool RemoveNode(string name)
    {
        lock (_sync)
        {
            return _nodes.RemoveAll(n => n.Name == name) > 0;
        }
    }

    public SimToken? FindToken(string tokenId) => Tokens.FirstOrDefault(t => t.Id == tokenId);

    public SimToken Token(string tokenId) => FindToken(tokenId) ?? throw new KeyNotFoundException($"The simulator has no token {tokenId}.");

    /// <summary>Adds a token without privileges; the secret is a random UUID unless given.</summary>
    public SimToken AddToken(string tokenId, string? secret = null)
    {
        var token = new SimToken(tokenId, secret ?? Guid.NewGuid().ToString());
        lock (_sync)
        {
            _tokens.RemoveAll(t => t.Id == tokenId);
            _tokens.Add(token);
        }

        return token;
    }

    public bool RemoveToken(string tokenId)
    {
        lock (_sync)
        {
            return _tokens.RemoveAll(t => t.Id == tokenId) > 0;
        }
    }

    public SimTask? FindTask(string upid) => Tasks.FirstOrDefault(t => t.Upid == upid);

    /// <summary>The node holding VM <paramref name="vmId"/>, wherever it is in the cluster.</summary>
    public SimNode? NodeOfVm(int vmId) => Nodes.FirstOrDefault(n => n.FindVm(vmId) is not null);

    public SimVm? FindVm(int vmId) => NodeOfVm(vmId)?.FindVm(vmId);

    /// <summary>Adds <paramref name="vm"/> to <paramref name="node"/> unless its vmid is used anywhere in the cluster.</summary>
    internal bool TryReserveVm(SimNode node, SimVm vm, out SimNode? holder)
    {
        lock (_sync)
        {
            holder = NodeOfVm(vm.VmId);
            if (holder is not null)
            {
                return false;
            }

            node.AddVm(vm);
            return true;
        }
    }

    internal void AddTask(SimTask task)
    {
        lock (_sync)
        {
            _tasks.Add(task);
        }
    }

    internal void DeleteFiles()
    {
        if (_filesDirectory.IsValueCreated && Directory.Exists(_filesDirectory.Value))
        {
            Directory.Delete(_filesDirectory.Value, recursive: true);
        }
    }

    private static string CreateFilesDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "homelab-pve-sim-" + Guid.NewGuid().ToString("N")[..12])).FullName;
}
