using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// The qemu config keys the simulator knows (those the cloud-image and Packer flows set), the privilege each one
/// needs on create (for tokens and non-root users), and which ones the API returns as JSON numbers.
/// </summary>
internal static partial class ConfigSchema
{
    public static readonly string[] OsTypes = ["other", "wxp", "w2k", "w2k3", "w2k8", "wvista", "win7", "win8", "win10", "win11", "l24", "l26", "solaris"];

    public static readonly string[] ScsiControllers = ["lsi", "lsi53c810", "virtio-scsi-pci", "virtio-scsi-single", "megasas", "pvscsi"];

    /// <summary>Create-only parameters that are not config keys.</summary>
    private static readonly string[] CreateExtras = ["vmid", "storage", "pool", "start", "unique", "bwlimit"];

    private static readonly Dictionary<string, string[]> Privileges = new(StringComparer.Ordinal)
    {
        ["cores"] = ["VM.Config.CPU"], ["cpu"] = ["VM.Config.CPU"], ["sockets"] = ["VM.Config.CPU"], ["numa"] = ["VM.Config.CPU"],
        ["vcpus"] = ["VM.Config.CPU"], ["cpulimit"] = ["VM.Config.CPU"], ["cpuunits"] = ["VM.Config.CPU"], ["affinity"] = ["VM.Config.CPU"],
        ["memory"] = ["VM.Config.Memory"], ["balloon"] = ["VM.Config.Memory"], ["shares"] = ["VM.Config.Memory"],
        ["agent"] = ["VM.Config.Options"], ["name"] = ["VM.Config.Options"], ["ostype"] = ["VM.Config.Options"],
        ["onboot"] = ["VM.Config.Options"], ["bios"] = ["VM.Config.Options"], ["description"] = ["VM.Config.Options"],
        ["protection"] = ["VM.Config.Options"], ["tags"] = ["VM.Config.Options"], ["localtime"] = ["VM.Config.Options"],
        ["scsihw"] = ["VM.Config.HWType"], ["vga"] = ["VM.Config.HWType"], ["machine"] = ["VM.Config.HWType"],
        ["smbios1"] = ["VM.Config.HWType"], ["acpi"] = ["VM.Config.HWType"], ["kvm"] = ["VM.Config.HWType"],
        ["tablet"] = ["VM.Config.HWType"], ["rng0"] = ["VM.Config.HWType"],
        ["boot"] = ["VM.Config.Disk"], ["bootdisk"] = ["VM.Config.Disk"],
        ["ciuser"] = ["VM.Config.Cloudinit", "VM.Config.Network"], ["cipassword"] = ["VM.Config.Cloudinit", "VM.Config.Network"],
        ["sshkeys"] = ["VM.Config.Cloudinit", "VM.Config.Network"], ["nameserver"] = ["VM.Config.Cloudinit", "VM.Config.Network"],
        ["searchdomain"] = ["VM.Config.Cloudinit", "VM.Config.Network"], ["citype"] = ["VM.Config.Cloudinit", "VM.Config.Network"],
        ["ciupgrade"] = ["VM.Config.Cloudinit", "VM.Config.Network"], ["cicustom"] = ["VM.Config.Cloudinit", "VM.Config.Network"],
    };

    /// <summary>Keys qemu-server stores as integers or booleans: the API answers them as JSON numbers.</summary>
    private static readonly HashSet<string> NumericKeys =
        ["template", "onboot", "cores", "sockets", "numa", "balloon", "vcpus", "cpuunits", "protection", "acpi", "kvm", "tablet", "localtime", "shares", "ciupgrade"];

    public static bool IsCreateParameter(string key) =>
        CreateExtras.Contains(key) || Privileges.ContainsKey(key) || DriveSpec.IsDriveKey(key) || NumberedKey().IsMatch(key);

    public static bool IsNumeric(string key) => NumericKeys.Contains(key);

    /// <summary>Any of these privileges on /vms/{vmid} allows setting <paramref name="key"/>; null for keys without one.</summary>
    public static string[]? PrivilegesFor(string key) => key switch
    {
        _ when Privileges.TryGetValue(key, out var privileges) => privileges,
        _ when key.StartsWith("net", StringComparison.Ordinal) => ["VM.Config.Network"],
        _ when key.StartsWith("ipconfig", StringComparison.Ordinal) => ["VM.Config.Cloudinit", "VM.Config.Network"],
        _ when key.StartsWith("serial", StringComparison.Ordinal) => ["VM.Config.HWType"],
        _ => null,
    };

    [GeneratedRegex(@"^(net\d{1,2}|ipconfig\d{1,2}|serial[0-3])$")]
    private static partial Regex NumberedKey();
}
