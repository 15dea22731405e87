using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// Normalises the template a packer build made into an artifact manifest, as the original tooling did: name, node,
/// vmid, storage (scsi0's, else ide1's), created_at (meta's ctime) and description, all read from the VM's config.
/// </summary>
internal static class PackerTemplateManifest
{
    /// <exception cref="BuildFailure">The VM is not a template, or has no name.</exception>
    public static ArtifactManifest From(string os, string node, int vmid, PveVmConfig config, string? pveVersion)
    {
        if (!config.IsTemplate)
        {
            throw new BuildFailure($"VM {vmid} on node '{node}' is not a template; the packer build must convert it (the proxmox builders do when they finish).");
        }

        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new BuildFailure($"template {vmid} on node '{node}' has no name; set template_name in the packer template.");
        }

        return new ArtifactManifest
        {
            Os = os,
            Kind = TemplateKind.Packer,
            PveVersion = pveVersion,
            CreatedAt = config.CreatedAt,
            Description = config.Description,
            Name = config.Name,
            Node = node,
            Storage = config.DiskStorage,
            Vmid = vmid,
        };
    }
}
