namespace HomeLab.L0.Runway.Checks;

/// <summary>The Proxmox privilege names the runway mentions.</summary>
public static class Privileges
{
    public const string VmAllocate = "VM.Allocate";
    public const string VmAudit = "VM.Audit";
    public const string VmClone = "VM.Clone";
    public const string VmConfigCdrom = "VM.Config.CDROM";
    public const string VmConfigCpu = "VM.Config.CPU";
    public const string VmConfigCloudinit = "VM.Config.Cloudinit";
    public const string VmConfigDisk = "VM.Config.Disk";
    public const string VmConfigHwType = "VM.Config.HWType";
    public const string VmConfigMemory = "VM.Config.Memory";
    public const string VmConfigNetwork = "VM.Config.Network";
    public const string VmConfigOptions = "VM.Config.Options";
    public const string VmPowerMgmt = "VM.PowerMgmt";
    public const string DatastoreAllocateTemplate = "Datastore.AllocateTemplate";
    public const string DatastoreAllocateSpace = "Datastore.AllocateSpace";
    public const string DatastoreAudit = "Datastore.Audit";
    public const string SysAudit = "Sys.Audit";
    public const string SysModify = "Sys.Modify";
    public const string SysAccessNetwork = "Sys.AccessNetwork";
    public const string SdnAudit = "SDN.Audit";
    public const string SdnUse = "SDN.Use";
}

/// <summary>One line of the table: these privileges on this path, and who needs them.</summary>
public sealed record PrivilegeRequirement(string Path, IReadOnlyList<string> Privileges, string Why);

/// <summary>
/// What the API token must hold for the later layers, in one place.
///
/// | Path                                   | Privileges                                                                 | Why                                      |
/// |----------------------------------------|----------------------------------------------------------------------------|------------------------------------------|
/// | /vms                                   | VM.Allocate, VM.Audit, VM.Clone, VM.Config.{CDROM, CPU, Cloudinit, Disk,   | L1 builds templates, L2 clones and       |
/// |                                        | HWType, Memory, Network, Options}, VM.PowerMgmt                            | configures VMs, starts and stops them    |
/// | /storage/&lt;PVE_STORAGE_ISO&gt;             | Datastore.AllocateTemplate, Datastore.Audit                                | L1 uploads and lists ISOs                |
/// | /storage/&lt;PVE_STORAGE_VM&gt;              | Datastore.AllocateSpace, Datastore.Audit                                   | L1/L2 create disks                       |
/// | /nodes/&lt;PVE_NODE&gt;                      | Sys.Audit                                                                  | node status, other users' task logs      |
/// | /sdn/zones/localnetwork/&lt;PVE_BRIDGE&gt;   | SDN.Use                                                                    | attach NICs to the bridge                |
/// | download-url (L1)                      | Sys.Audit + Sys.Modify on /, OR Sys.AccessNetwork on /nodes/&lt;PVE_NODE&gt; | let Proxmox fetch ISOs itself            |
/// </summary>
public static class RequiredPrivileges
{
    public static IReadOnlyList<PrivilegeRequirement> For(string node, string isoStorage, string vmStorage, string bridge)
    {
        PrivilegeRequirement[] table =
        [
            new("/vms",
                [
                    Privileges.VmAllocate, Privileges.VmAudit, Privileges.VmClone,
                    Privileges.VmConfigCdrom, Privileges.VmConfigCpu, Privileges.VmConfigCloudinit, Privileges.VmConfigDisk,
                    Privileges.VmConfigHwType, Privileges.VmConfigMemory, Privileges.VmConfigNetwork, Privileges.VmConfigOptions,
                    Privileges.VmPowerMgmt,
                ],
                "L1 Templates and L2 Instances create, configure, clone, start and stop VMs"),
            new($"/storage/{isoStorage}", [Privileges.DatastoreAllocateTemplate, Privileges.DatastoreAudit],
                "L1 Templates upload and list ISOs"),
            new($"/storage/{vmStorage}", [Privileges.DatastoreAllocateSpace, Privileges.DatastoreAudit],
                "L1 Templates and L2 Instances create VM disks"),
            new($"/nodes/{node}", [Privileges.SysAudit], "later layers read node status and task logs"),
            new(BridgeCheck.SdnPath(bridge), [Privileges.SdnUse], "VM network cards attach to the bridge"),
        ];

        // The same storage may serve ISOs and disks: ask for each privilege once per path.
        return table
            .GroupBy(r => r.Path, StringComparer.Ordinal)
            .Select(g => new PrivilegeRequirement(g.Key, g.SelectMany(r => r.Privileges).Distinct().ToList(), string.Join("; ", g.Select(r => r.Why))))
            .ToList();
    }

    /// <summary>download-url needs Sys.Audit and Sys.Modify on /, or Sys.AccessNetwork on the node.</summary>
    public static bool MayDownloadUrl(Proxmox.PvePermissions permissions, string node) =>
        (permissions.Has("/", Privileges.SysAudit) && permissions.Has("/", Privileges.SysModify))
        || permissions.Has($"/nodes/{node}", Privileges.SysAccessNetwork);
}
