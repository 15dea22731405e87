using System.Globalization;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Check 1: every required variable is set and every optional one is valid.</summary>
public static class EnvironmentCheck
{
    public static CheckResult Evaluate(LabSettings settings)
    {
        var ok = string.Create(CultureInfo.InvariantCulture,
            $"required variables set; bridge {settings.Bridge}, ISO storage {settings.StorageIso}, "
            + $"thresholds {settings.MinFreeGibIso} GiB ISO / {settings.MinFreePctVm}% VM");
        return CheckResult.From(CheckNames.Environment, settings.Failures, settings.Warnings, ok);
    }
}
