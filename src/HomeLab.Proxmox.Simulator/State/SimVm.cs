namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// A qemu VM: its config (key → value, as in <c>/etc/pve/qemu-server/&lt;vmid&gt;.conf</c>), power state and lock.
/// Tests shape VMs directly, e.g. <c>pve.AddVm(9000, "ubuntu-2404").Set("template", "1")</c> or <c>vm.Running = true</c>.
/// </summary>
public sealed class SimVm(int vmId)
{
    private readonly object _sync = new();
    private readonly SortedDictionary<string, string> _config = new(StringComparer.Ordinal);
    private string? _lockName;

    public int VmId { get; } = vmId;

    public bool Running { get; set; }

    /// <summary>"create" while the qmcreate task runs; any lock blocks template, destroy and the like.</summary>
    public string? Lock
    {
        get => Volatile.Read(ref _lockName);
        set => Volatile.Write(ref _lockName, value);
    }

    /// <summary>Whether the VM has snapshots (template conversion refuses them).</summary>
    public bool HasSnapshots { get; set; }

    /// <summary>Whether HA manages the VM (destroy then needs purge).</summary>
    public bool HaManaged { get; set; }

    public IReadOnlyDictionary<string, string> Config
    {
        get
        {
            lock (_sync)
            {
                return new SortedDictionary<string, string>(_config, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The name, or "VM &lt;vmid&gt;" as Proxmox shows an unnamed VM.</summary>
    public string Name => Get("name") ?? $"VM {VmId}";

    public bool IsTemplate => Get("template") == "1";

    public bool IsProtected => Get("protection") == "1";

    public string? Get(string key)
    {
        lock (_sync)
        {
            return _config.GetValueOrDefault(key);
        }
    }

    public SimVm Set(string key, string value)
    {
        lock (_sync)
        {
            _config[key] = value;
        }

        return this;
    }

    public SimVm Remove(string key)
    {
        lock (_sync)
        {
            _config.Remove(key);
        }

        return this;
    }
}
