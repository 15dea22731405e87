using HomeLab.Configuration;
using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// What the selected OSes' templates need of the node (<see cref="RunwayOptions.Needs"/>): the Proxmox VE release of
/// the features they use (a cloud image needs 8.4), and the content types of their storages (import on the ISO storage
/// for a cloud image, iso for an ISO, images for VM disks). What the storage consistency check already says of
/// PVE_STORAGE_ISO and PVE_STORAGE_VM is not said again.
/// </summary>
public sealed class TemplateNeedsCheck(PveNeeds? needs) : IApiCheck
{
    private readonly PveNeeds _needs = needs ?? PveNeeds.None;

    public string Name => CheckNames.TemplateNeeds;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node, LabVariables.StorageVm];

    public bool NeedsUsableNode => true;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        if (_needs.IsEmpty)
        {
            return CheckResult.Ok(Name, "no selected template needs anything more");
        }

        var node = settings.Node!;
        var version = await api.Version.ConfigureAwait(false);
        var versionReasons = PveNeedsCheck.VersionReasons(_needs, version);
        IReadOnlyList<PveStorage> storages;
        try
        {
            storages = await api.Storages(node).ConfigureAwait(false);
        }
        catch (ProxmoxException)
        {
            var unavailable = $"the storages were not checked: the storage list is unavailable (see {CheckNames.StorageConsistency})";
            return versionReasons.Count == 0
                ? CheckResult.Skipped(Name, "skipped: " + unavailable)
                : CheckResult.From(Name, versionReasons, [], "", $"{string.Join(" ", versionReasons)} ({unavailable})");
        }

        // The consistency check already reports these storages missing or disabled, and iso/images on them.
        var roles = StorageRole.From(settings);
        var uncovered = _needs.Except(need => roles.Any(role => role.Storage == need.Storage
            && (role.Content == need.Content || storages.FirstOrDefault(s => s.Storage == role.Storage) is not { Enabled: true })));
        List<string> failures = [.. versionReasons, .. PveNeedsCheck.StorageReasons(uncovered, storages, node)];
        return CheckResult.From(Name, failures, [], OkDetail(version));
    }

    private string OkDetail(PveVersion version)
    {
        var content = _needs.Content
            .GroupBy(need => need.Storage, StringComparer.Ordinal)
            .Select(group => $"'{group.Key}' allows {string.Join(", ", group.Select(need => need.Content).Distinct(StringComparer.Ordinal))}");
        var features = _needs.Features.Select(need => need.Feature).Distinct().Select(feature => $"{feature.Description} ({feature.Since}+)").ToList();
        var release = features.Count == 0 ? "" : $"; Proxmox VE {version.Version} has {string.Join(", ", features)}";
        return $"the selected templates' storages: {string.Join("; ", content)}{release}";
    }
}
