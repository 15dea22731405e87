namespace HomeLab.Proxmox.Simulator;

/// <summary>A cluster node with its interfaces and storages. Collections are safe to change between requests.</summary>
public sealed class SimNode(string name)
{
    private readonly object sync = new();
    private readonly List<SimNetworkInterface> network = [];
    private readonly List<SimStorage> storages = [];

    public string Name { get; } = name;

    public SimNodeStatus Status { get; set; } = SimNodeStatus.Online;

    public bool IsOnline => Status == SimNodeStatus.Online;

    /// <summary>The node certificate's SHA-256 fingerprint; null means "the one the simulator serves".</summary>
    public string? SslFingerprint { get; set; }

    public int MaxCpu { get; set; } = 8;

    public double Cpu { get; set; } = 0.031;

    public long MaxMem { get; set; } = 32 * SimStorage.GiB;

    public long Mem { get; set; } = 6 * SimStorage.GiB;

    public long MaxDisk { get; set; } = 100 * SimStorage.GiB;

    public long Disk { get; set; } = 12 * SimStorage.GiB;

    public long Uptime { get; set; } = 86_400;

    public IReadOnlyList<SimNetworkInterface> Network
    {
        get
        {
            lock (sync)
            {
                return network.ToArray();
            }
        }
    }

    public IReadOnlyList<SimStorage> Storages
    {
        get
        {
            lock (sync)
            {
                return storages.ToArray();
            }
        }
    }

    public SimNetworkInterface? FindInterface(string iface) => Network.FirstOrDefault(i => i.Iface == iface);

    public SimNetworkInterface Interface(string iface) =>
        FindInterface(iface) ?? throw new KeyNotFoundException($"Node {Name} has no interface {iface}.");

    public SimNetworkInterface AddInterface(SimNetworkInterface item)
    {
        lock (sync)
        {
            network.RemoveAll(i => i.Iface == item.Iface);
            network.Add(item);
        }

        return item;
    }

    public bool RemoveInterface(string iface)
    {
        lock (sync)
        {
            return network.RemoveAll(i => i.Iface == iface) > 0;
        }
    }

    public SimStorage? FindStorage(string id) => Storages.FirstOrDefault(s => s.Id == id);

    public SimStorage Storage(string id) =>
        FindStorage(id) ?? throw new KeyNotFoundException($"Node {Name} has no storage {id}.");

    public SimStorage AddStorage(SimStorage storage)
    {
        lock (sync)
        {
            storages.RemoveAll(s => s.Id == storage.Id);
            storages.Add(storage);
        }

        return storage;
    }

    /// <summary>Adds a storage with the given content types and size.</summary>
    public SimStorage AddStorage(string id, string type, IEnumerable<string> content, long total, long used = 0) =>
        AddStorage(new SimStorage(id, type) { Content = content.ToHashSet(), Total = total, Used = used });

    public bool RemoveStorage(string id)
    {
        lock (sync)
        {
            return storages.RemoveAll(s => s.Id == id) > 0;
        }
    }
}
