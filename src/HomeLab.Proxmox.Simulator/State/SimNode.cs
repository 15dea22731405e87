namespace HomeLab.Proxmox.Simulator;

/// <summary>A cluster node with its interfaces and storages. Collections are safe to change between requests.</summary>
public sealed class SimNode(string name)
{
    private readonly object _sync = new();
    private readonly List<SimNetworkInterface> _network = [];
    private readonly List<SimStorage> _storages = [];
    private readonly List<SimVm> _vms = [];

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
            lock (_sync)
            {
                return _network.ToArray();
            }
        }
    }

    public IReadOnlyList<SimStorage> Storages
    {
        get
        {
            lock (_sync)
            {
                return _storages.ToArray();
            }
        }
    }

    public SimNetworkInterface? FindInterface(string iface) => Network.FirstOrDefault(i => i.Iface == iface);

    public SimNetworkInterface Interface(string iface) =>
        FindInterface(iface) ?? throw new KeyNotFoundException($"Node {Name} has no interface {iface}.");

    public SimNetworkInterface AddInterface(SimNetworkInterface item)
    {
        lock (_sync)
        {
            _network.RemoveAll(i => i.Iface == item.Iface);
            _network.Add(item);
        }

        return item;
    }

    public bool RemoveInterface(string iface)
    {
        lock (_sync)
        {
            return _network.RemoveAll(i => i.Iface == iface) > 0;
        }
    }

    public SimStorage? FindStorage(string id) => Storages.FirstOrDefault(s => s.Id == id);

    public SimStorage Storage(string id) =>
        FindStorage(id) ?? throw new KeyNotFoundException($"Node {Name} has no storage {id}.");

    public SimStorage AddStorage(SimStorage storage)
    {
        lock (_sync)
        {
            _storages.RemoveAll(s => s.Id == storage.Id);
            _storages.Add(storage);
        }

        return storage;
    }

    /// <summary>Adds a storage with the given content types and size.</summary>
    public SimStorage AddStorage(string id, string type, IEnumerable<string> content, long total, long used = 0) =>
        AddStorage(new SimStorage(id, type) { Content = content.ToHashSet(), Total = total, Used = used });

    public bool RemoveStorage(string id)
    {
        lock (_sync)
        {
            return _storages.RemoveAll(s => s.Id == id) > 0;
        }
    }

    /// <summary>The VMs on this node, by vmid.</summary>
    public IReadOnlyList<SimVm> Vms
    {
        get
        {
            lock (_sync)
            {
                return _vms.OrderBy(v => v.VmId).ToArray();
            }
        }
    }

    public SimVm? FindVm(int vmId) => Vms.FirstOrDefault(v => v.VmId == vmId);

    public SimVm Vm(int vmId) => FindVm(vmId) ?? throw new KeyNotFoundException($"Node {Name} has no VM {vmId}.");

    /// <summary>Adds (or replaces) a VM on this node; with a name, the config gets it.</summary>
    public SimVm AddVm(int vmId, string? name = null)
    {
        var vm = new SimVm(vmId);
        if (name is not null)
        {
            vm.Set("name", name);
        }

        return AddVm(vm);
    }

    public SimVm AddVm(SimVm vm)
    {
        lock (_sync)
        {
            _vms.RemoveAll(v => v.VmId == vm.VmId);
            _vms.Add(vm);
        }

        return vm;
    }

    public bool RemoveVm(int vmId)
    {
        lock (_sync)
        {
            return _vms.RemoveAll(v => v.VmId == vmId) > 0;
        }
    }
}
