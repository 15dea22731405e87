namespace HomeLab.Proxmox;

/// <summary>
/// POST /nodes/{node}/qemu. The common keys are typed; everything else (disks, networks, cloud-init) goes in
/// <see cref="Settings"/> as Proxmox spells it, e.g. <c>["scsi0"] = VmDrive.Import("local-lvm", "local:import/noble.qcow2")</c>,
/// <c>["ide2"] = VmDrive.CloudInit("local-lvm")</c>, <c>["net0"] = "virtio,bridge=vmbr0"</c>, <c>["ipconfig0"] = "ip=dhcp"</c>.
/// A key in <see cref="Settings"/> wins over the typed property of the same name.
/// </summary>
public sealed record VmCreateRequest
{
    public required int VmId { get; init; }

    public string? Name { get; init; }

    public int? MemoryMiB { get; init; }

    public int? Cores { get; init; }

    public int? Sockets { get; init; }

    /// <summary>CPU type, e.g. "host" or "x86-64-v2-AES".</summary>
    public string? Cpu { get; init; }

    /// <summary>"l26" for Linux.</summary>
    public string? OsType { get; init; }

    /// <summary>"virtio-scsi-single", "virtio-scsi-pci" …</summary>
    public string? ScsiHw { get; init; }

    /// <summary>"q35", "pc" …</summary>
    public string? Machine { get; init; }

    /// <summary>"1" or "enabled=1,fstrim_cloned_disks=1".</summary>
    public string? Agent { get; init; }

    /// <summary>"socket" for a serial console.</summary>
    public string? Serial0 { get; init; }

    /// <summary>"serial0" to use the serial console as display.</summary>
    public string? Vga { get; init; }

    /// <summary>"order=scsi0;ide2;net0".</summary>
    public string? Boot { get; init; }

    /// <summary>Sent joined by ';'; Proxmox stores them lower-case and sorted.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Start the VM once created.</summary>
    public bool? Start { get; init; }

    /// <summary>Any other parameter, by its Proxmox name. Note that <c>sshkeys</c> must be URL-encoded by the caller.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    internal IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var form = new FormValues()
            .Add("vmid", VmId)
            .Add("name", Name)
            .Add("memory", MemoryMiB)
            .Add("cores", Cores)
            .Add("sockets", Sockets)
            .Add("cpu", Cpu)
            .Add("ostype", OsType)
            .Add("scsihw", ScsiHw)
            .Add("machine", Machine)
            .Add("agent", Agent)
            .Add("serial0", Serial0)
            .Add("vga", Vga)
            .Add("boot", Boot)
            .Add("tags", Tags.Count > 0 ? string.Join(';', Tags) : null)
            .Add("description", Description)
            .Add("start", Start);
        foreach (var (name, value) in Settings)
        {
            form.Add(name, value);
        }

        return form.Values;
    }
}

/// <summary>Drive values for <see cref="VmCreateRequest.Settings"/>.</summary>
public static class VmDrive
{
    /// <summary>Imports a volume as a new disk: "local-lvm:0,import-from=local:import/noble.qcow2[,options]" (size must be 0).</summary>
    public static string Import(string targetStorage, string sourceVolId, string? options = null) =>
        WithOptions($"{targetStorage}:0,import-from={sourceVolId}", options);

    /// <summary>The cloud-init drive: "local-lvm:cloudinit".</summary>
    public static string CloudInit(string storage) => $"{storage}:cloudinit";

    /// <summary>A new empty disk: "local-lvm:32[,options]".</summary>
    public static string New(string storage, int sizeGiB, string? options = null) => WithOptions($"{storage}:{sizeGiB}", options);

    /// <summary>An ISO as CD-ROM: "local:iso/x.iso,media=cdrom".</summary>
    public static string Cdrom(string isoVolId) => $"{isoVolId},media=cdrom";

    private static string WithOptions(string drive, string? options) =>
        string.IsNullOrWhiteSpace(options) ? drive : $"{drive},{options.Trim().TrimStart(',')}";
}
