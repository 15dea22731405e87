namespace HomeLab.Manifests;

/// <summary>One host of a persona: its <c>terraform</c> section, and where it is written, for messages.</summary>
public sealed class PersonaHost
{
    /// <summary>The host name: the VM's name on Proxmox and the inventory's host name.</summary>
    public required string Name { get; init; }

    /// <summary>The IPv4 address, as written.</summary>
    public required string Ip { get; init; }

    public required string SshUser { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The VM's cores (one socket).</summary>
    public required int Cpu { get; init; }

    public required int MemoryMb { get; init; }

    public required int DiskGb { get; init; }

    /// <summary>The template's logical name: <c>&lt;os&gt;/&lt;persona&gt;/stable</c> or <c>&lt;os&gt;/stable</c>.</summary>
    public required string TemplateRef { get; init; }

    /// <summary>The Proxmox node the VM is created on.</summary>
    public required string Node { get; init; }

    /// <summary>Proxmox's cloud-init syntax: <c>ip=&lt;addr&gt;/&lt;prefix&gt;,gw=&lt;gateway&gt;</c>.</summary>
    public required string IpConfig { get; init; }

    /// <summary>The NIC's MAC address, when the spec fixes one (the HAOS persona does).</summary>
    public string? MacAddress { get; init; }

    /// <summary>The 1-based line of the host's name in its spec.</summary>
    public required int Line { get; init; }

    /// <summary>The 1-based line of each field of the <c>terraform</c> section (see <see cref="PersonaFields"/>).</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of one field of the <c>terraform</c> section; the host's own line when it has none.</summary>
    public int LineOf(string field) => FieldLines.TryGetValue(field, out var line) ? line : Line;
}
