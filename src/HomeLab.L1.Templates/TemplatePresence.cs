using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>Whether what an artifact describes is still on Proxmox; <c>--target=Promote</c> checks it before promoting.</summary>
public static class TemplatePresence
{
    /// <summary>
    /// Null when the artifact's template (its VMID, with its name, a template, on its node) or its ISO volume (iso_name
    /// on proxmox_storage of proxmox_node) still exists on Proxmox; otherwise one line saying what is wrong.
    /// </summary>
    /// <exception cref="ProxmoxException">Proxmox could not be asked (connection, authentication …).</exception>
    public static async Task<string?> ProblemAsync(IProxmoxClient client, ArtifactManifest artifact, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(artifact);

        if (artifact.Family == ArtifactFamily.Iso)
        {
            if (artifact.IsoName is not { } isoName)
            {
                return "the artifact has no iso_name, so its ISO cannot be found";
            }

            if (artifact.ProxmoxNode is not { } isoNode || artifact.ProxmoxStorage is not { } storage)
            {
                return $"the artifact does not say where the ISO {isoName} was uploaded (proxmox_node, proxmox_storage)";
            }

            return await ProxmoxPresence.IsoProblemAsync(client, isoNode, storage, isoName, ct).ConfigureAwait(false);
        }

        if (artifact.Vmid is not { } vmid)
        {
            return "the artifact has no vmid, so its template cannot be found";
        }

        if (artifact.Node is not { } node)
        {
            return $"the artifact does not say which node holds template {vmid} (no node)";
        }

        return await ProxmoxPresence.TemplateProblemAsync(client, node, vmid, artifact.Name, ct).ConfigureAwait(false);
    }
}
