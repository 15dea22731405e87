using HomeLab.Configuration;

namespace HomeLab.L0.Runway.Checks;

/// <summary>What a storage is used for: its variable, the content type it must allow, and its name in reasons.</summary>
public sealed record StorageRole(string Label, string Variable, string Storage, string Content)
{
    public static IReadOnlyList<StorageRole> From(LabSettings settings) =>
    [
        new("ISO", LabVariables.StorageIso, settings.StorageIso, "iso"),
        new("VM", LabVariables.StorageVm, settings.StorageVm!, "images"),
    ];

    public override string ToString() => $"{Label} storage '{Storage}'";
}
