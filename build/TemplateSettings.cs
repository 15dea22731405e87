using Cake.Core;
using HomeLab.Configuration;
using HomeLab.L1.Templates;
using HomeLab.Tools.Packer;

namespace HomeLab.Build;

/// <summary>L1's settings from the lab's: the node and storages it builds on, and what packer templates are handed.</summary>
public static class TemplateSettings
{
    /// <exception cref="CakeException">PVE_NODE or PVE_STORAGE_VM is missing (one line naming it).</exception>
    public static TemplateBuildSettings From(LabSettings lab, bool simulation) => new()
    {
        Node = lab.Node ?? throw Missing(LabVariables.Node, "the Proxmox node that builds the templates, e.g. PVE_NODE=pve"),
        VmStorage = lab.StorageVm ?? throw Missing(LabVariables.StorageVm, "the storage for template disks, e.g. PVE_STORAGE_VM=local-lvm"),
        IsoStorage = lab.StorageIso,
        Bridge = lab.Bridge,
        Simulation = simulation,
        PackerVariables = new PveVariables
        {
            AccessHost = lab.AccessHost,
            TokenId = lab.TokenId,
            TokenSecret = lab.TokenSecret,
            Node = lab.Node,
            StorageVm = lab.StorageVm,
            StorageIso = lab.StorageIso,
            Bridge = lab.Bridge,
            TlsInsecure = lab.Tls?.Mode == Proxmox.ProxmoxTlsMode.Insecure,
        },
    };

    private static CakeException Missing(string name, string what) =>
        new($"{name} is not set; L1 needs it to build templates: set it to {what}.");
}
