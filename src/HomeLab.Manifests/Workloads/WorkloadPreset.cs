namespace HomeLab.Manifests;

/// <summary>One entry of <c>ansible/l4/workloads.json</c>: converge these tags on this group.</summary>
public sealed record WorkloadPreset(string Name, string Group, IReadOnlyList<string> Tags, string Description, int Line);
