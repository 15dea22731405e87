using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Drift;

/// <summary>One host of a spec against the cluster.</summary>
/// <param name="Persona">The host's persona.</param>
/// <param name="Host">The host (and VM) name.</param>
/// <param name="Node">The node the spec places it on.</param>
/// <param name="State">Whether its VM matches, differs, is missing, or cannot be known.</param>
/// <param name="VmId">The VM's id, when it exists.</param>
/// <param name="ActualNode">The node the VM is on, when it exists.</param>
/// <param name="Differences">What differs; empty unless <see cref="HostDriftState.Differs"/>.</param>
/// <param name="Reason">Why the state is <see cref="HostDriftState.Unknown"/>.</param>
public sealed record HostDrift(
    PersonaId Persona,
    string Host,
    string Node,
    HostDriftState State,
    int? VmId,
    string? ActualNode,
    IReadOnlyList<DriftDifference> Differences,
    string? Reason);
