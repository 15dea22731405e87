using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>One host with its persona and the template its reference resolved to (null when it did not).</summary>
public sealed record HostPlacement(PersonaSpec Spec, PersonaHost Host, StableTemplate? Template);
