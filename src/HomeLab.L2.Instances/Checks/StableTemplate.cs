namespace HomeLab.L2.Instances.Checks;

/// <summary>What a template reference resolves to: the stable manifest's VMID, or why there is none.</summary>
/// <param name="Os">The OS whose stable manifest it is.</param>
/// <param name="DisplayPath">The stable manifest, lab-relative.</param>
/// <param name="Vmid">The template's VMID; null when <paramref name="Problem"/> says why.</param>
/// <param name="Problem">Why the reference does not lead to a VMID, ending with what to do.</param>
public sealed record StableTemplate(string Os, string DisplayPath, int? Vmid, string? Problem);
