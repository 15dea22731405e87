namespace HomeLab.Proxmox.Simulator;

/// <summary>The privilege names of Proxmox VE 9 (pve-access-control), as tokens see them in ACLs.</summary>
public static class Privileges
{
    public static IReadOnlyList<string> All { get; } =
    [
        "VM.Allocate", "VM.Audit", "VM.Backup", "VM.Clone",
        "VM.Config.CDROM", "VM.Config.CPU", "VM.Config.Cloudinit", "VM.Config.Disk", "VM.Config.HWType",
        "VM.Config.Memory", "VM.Config.Network", "VM.Config.Options",
        "VM.Console", "VM.Migrate", "VM.PowerMgmt", "VM.Replicate", "VM.Snapshot", "VM.Snapshot.Rollback",
        "VM.GuestAgent.Audit", "VM.GuestAgent.FileRead", "VM.GuestAgent.FileWrite", "VM.GuestAgent.FileSystemMgmt",
        "VM.GuestAgent.Unrestricted",
        "Datastore.Allocate", "Datastore.AllocateSpace", "Datastore.AllocateTemplate", "Datastore.Audit",
        "Sys.Audit", "Sys.Console", "Sys.Incoming", "Sys.Modify", "Sys.PowerMgmt", "Sys.Syslog", "Sys.AccessNetwork",
        "SDN.Allocate", "SDN.Audit", "SDN.Use",
        "Pool.Allocate", "Pool.Audit",
        "Mapping.Audit", "Mapping.Modify", "Mapping.Use",
        "User.Modify", "Group.Allocate", "Realm.Allocate", "Realm.AllocateUser", "Permissions.Modify",
    ];
}
