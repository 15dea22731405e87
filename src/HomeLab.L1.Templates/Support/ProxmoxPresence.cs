using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>Whether what a manifest describes is still on Proxmox: a template (VMID, name, on its node) or an ISO volume.</summary>
internal static class ProxmoxPresence
{
    /// <summary>Null when VMID <paramref name="vmid"/> on <paramref name="node"/> is a template named <paramref name="name"/>; otherwise the problem.</summary>
    public static async Task<string?> TemplateProblemAsync(IProxmoxClient client, string node, int vmid, string? name, CancellationToken ct)
    {
        PveVmConfig config;
        try
        {
            config = await client.GetVmConfigAsync(node, vmid, ct).ConfigureAwait(false);
        }
        catch (ProxmoxNotFoundException)
        {
            return $"VMID {vmid} is not on node '{node}'";
        }

        if (!config.IsTemplate)
        {
            return $"VMID {vmid} on node '{node}' is not a template (it is the VM '{config.Name}')";
        }

        if (name is not null && config.Name != name)
        {
            return $"VMID {vmid} on node '{node}' is the template '{config.Name}', not '{name}'";
        }

        return null;
    }

    /// <summary>Null when <paramref name="storage"/> on <paramref name="node"/> holds the ISO <paramref name="isoName"/>; otherwise the problem.</summary>
    public static async Task<string?> IsoProblemAsync(IProxmoxClient client, string node, string storage, string isoName, CancellationToken ct)
    {
        IReadOnlyList<PveStorageVolume> volumes;
        try
        {
            volumes = await client.ListStorageContentAsync(node, storage, "iso", ct).ConfigureAwait(false);
        }
        catch (ProxmoxNotFoundException)
        {
            return $"storage '{storage}' is not on node '{node}'";
        }

        var volId = $"{storage}:iso/{isoName}";
        return volumes.Any(volume => volume.VolId == volId) ? null : $"the ISO {volId} is not on node '{node}'";
    }
}
