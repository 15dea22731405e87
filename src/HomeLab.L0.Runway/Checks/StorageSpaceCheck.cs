using System.Globalization;
using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// Check 5: the ISO storage has at least L0_MIN_FREE_GIB_ISO GiB free and the VM storage at least
/// L0_MIN_FREE_PCT_VM percent (GET /nodes/{node}/storage/{storage}/status). A storage the consistency check
/// already finds missing, disabled or inactive is not measured again, so one problem gives one reason.
/// </summary>
public sealed class StorageSpaceCheck : IApiCheck
{
    public string Name => CheckNames.StorageSpace;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node, LabVariables.StorageVm];

    public bool NeedsUsableNode => true;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        var node = settings.Node!;
        IReadOnlyList<PveStorage> storages;
        try
        {
            storages = await api.Storages(node).ConfigureAwait(false);
        }
        catch (ProxmoxException)
        {
            return CheckResult.Skipped(Name, $"skipped: the storage list is unavailable (see {CheckNames.StorageConsistency})");
        }

        var roles = StorageRole.From(settings);
        var measured = await Task.WhenAll(roles.Select(role => MeasureAsync(role, storages, settings, api))).ConfigureAwait(false);
        if (measured.All(m => m.Skipped))
        {
            return CheckResult.Skipped(Name, "skipped: " + string.Join("; ", measured.Select(m => m.Detail)));
        }

        // The detail keeps both storages' figures, also when only one of them fails.
        var failures = measured.Where(m => m.Failure is not null).Select(m => m.Failure!).ToList();
        return CheckResult.From(Name, failures, [], "", string.Join("; ", measured.Select(m => m.Detail)));
    }

    private sealed record Measurement(string Detail, string? Failure = null, bool Skipped = false);

    private static async Task<Measurement> MeasureAsync(StorageRole role, IReadOnlyList<PveStorage> storages, LabSettings settings, ProxmoxReads api)
    {
        var listed = storages.FirstOrDefault(s => s.Storage == role.Storage);
        if (listed is null || !listed.Enabled || !listed.Active)
        {
            var state = listed is null ? "not found" : !listed.Enabled ? "disabled" : "not active";
            return new Measurement($"{role} not measured: {state} (see {CheckNames.StorageConsistency})", Skipped: true);
        }

        PveStorageStatus status;
        try
        {
            status = await api.StorageStatus(settings.Node!, role.Storage).ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            var reason = $"Could not read the status of {role} on node '{settings.Node}': {Reasons.Plain(ex.Message)}";
            return new Measurement(reason, reason + ".");
        }

        return role.Label == "ISO" ? MeasureGib(role, status, settings.MinFreeGibIso) : MeasurePercent(role, status, settings.MinFreePctVm);
    }

    private static Measurement MeasureGib(StorageRole role, PveStorageStatus status, double? minimum)
    {
        var freeGib = status.Avail / StorageFigures.BytesPerGib;
        var shown = $"{role} has {Down(freeGib)} GiB free";
        if (minimum is null)
        {
            return new Measurement($"{shown}; no threshold ({LabVariables.MinFreeGibIso} is invalid)");
        }

        var requirement = $"{LabVariables.MinFreeGibIso} requires {Number(minimum.Value)} GiB";
        return freeGib < minimum
            ? new Measurement($"{shown}; {requirement}", $"{shown}; {requirement}.")
            : new Measurement($"{shown} (needs {Number(minimum.Value)} GiB)");
    }

    private static Measurement MeasurePercent(StorageRole role, PveStorageStatus status, double? minimum)
    {
        var shown = string.Create(CultureInfo.InvariantCulture,
            $"{role} has {Down(status.FreePercent)}% free ({Down(status.Avail / StorageFigures.BytesPerGib)} of {Down(status.Total / StorageFigures.BytesPerGib)} GiB)");
        if (minimum is null)
        {
            return new Measurement($"{shown}; no threshold ({LabVariables.MinFreePctVm} is invalid)");
        }

        var requirement = $"{LabVariables.MinFreePctVm} requires {Number(minimum.Value)}%";
        return status.FreePercent < minimum
            ? new Measurement($"{shown}; {requirement}", $"{shown}; {requirement}.")
            : new Measurement($"{shown} (needs {Number(minimum.Value)}%)");
    }

    // Free space is rounded down so that a figure shown as enough never fails and one shown as too little never passes.
    private static string Down(double value) => (Math.Floor(value * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
