namespace HomeLab.L2.Instances.Drift;

/// <summary>One setting in which a VM differs from its spec.</summary>
/// <param name="Field">The spec's field: <c>cpu</c>, <c>memory_mb</c>, <c>tags</c> or <c>node</c>.</param>
/// <param name="Expected">The spec's value, as text (tags lower-cased, sorted, <c>;</c>-separated as Proxmox shows them).</param>
/// <param name="Actual">The VM's value, in the same form.</param>
public sealed record DriftDifference(string Field, string Expected, string Actual)
{
    public override string ToString() => $"{Field} {Expected} → {Actual}";
}
