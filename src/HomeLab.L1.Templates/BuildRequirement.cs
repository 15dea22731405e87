using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>
/// "L1 when required": when L1 runs only below a higher layer, an OS is built only when its stable manifest is missing
/// or invalid, or what it describes is no longer on Proxmox.
/// </summary>
public static class BuildRequirement
{
    /// <summary>
    /// Build when the OS's stable manifest is missing or invalid, or its VMID is not a template with that name on
    /// <paramref name="node"/> (ISO family: when the stable ISO manifest is missing or invalid, or the ISO volume is not
    /// in its storage's content). Otherwise skip, with the reason.
    /// </summary>
    /// <exception cref="ProxmoxException">Proxmox could not be asked (connection, authentication …).</exception>
    public static async Task<BuildDecision> DecideAsync(
        LabManifests lab, TemplateDefinition template, IProxmoxClient client, string node, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(node);

        if (DecideLocally(lab, template, out var stable, out var display) is { } decided)
        {
            return decided;
        }

        return template.Family == ArtifactFamily.Iso
            ? await DecideIsoAsync(stable!, template, client, node, display, ct).ConfigureAwait(false)
            : await DecideVmAsync(stable!, client, node, display, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The part of the decision the lab's files make alone: build when the stable manifest is missing or invalid.
    /// Null when only Proxmox can tell (whether what <paramref name="stable"/> describes is still there).
    /// </summary>
    /// <param name="display">The stable manifest's path, as messages show it.</param>
    public static BuildDecision? DecideLocally(LabManifests lab, TemplateDefinition template, out ArtifactManifest? stable, out string display)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(template);
        var family = template.Family;
        display = lab.Layout.Display(lab.Layout.StableManifestFile(template.Os, family));
        stable = null;
        try
        {
            stable = lab.ReadStable(template.Os, family)?.Manifest;
        }
        catch (ManifestException e)
        {
            return BuildDecision.Needed($"the stable manifest is invalid ({OneLine.Of(e.Message)})");
        }

        return stable is null ? BuildDecision.Needed($"there is no stable manifest ({display})") : null;
    }

    private static async Task<BuildDecision> DecideVmAsync(ArtifactManifest manifest, IProxmoxClient client, string node, string display, CancellationToken ct)
    {
        if (manifest.Vmid is not { } vmid)
        {
            return BuildDecision.Needed($"the stable manifest has no vmid ({display})");
        }

        if (manifest.Name is not { } name)
        {
            return BuildDecision.Needed($"the stable manifest has no name ({display})");
        }

        var problem = await ProxmoxPresence.TemplateProblemAsync(client, node, vmid, name, ct).ConfigureAwait(false);
        return problem is null
            ? BuildDecision.Skip($"stable template '{name}' (VMID {vmid}) is on node '{node}'")
            : BuildDecision.Needed($"the stable template is gone: {problem}");
    }

    private static async Task<BuildDecision> DecideIsoAsync(
        ArtifactManifest manifest, TemplateDefinition template, IProxmoxClient client, string node, string display, CancellationToken ct)
    {
        if (manifest.IsoName is not { } isoName)
        {
            return BuildDecision.Needed($"the stable ISO manifest has no iso_name ({display})");
        }

        var storage = manifest.ProxmoxStorage ?? (template as IsoTemplate)?.Storage ?? TemplateBuildSettings.DefaultIsoStorage;
        var problem = await ProxmoxPresence.IsoProblemAsync(client, node, storage, isoName, ct).ConfigureAwait(false);
        return problem is null
            ? BuildDecision.Skip($"stable ISO '{isoName}' is on storage '{storage}' of node '{node}'")
            : BuildDecision.Needed($"the stable ISO is gone: {problem}");
    }
}
