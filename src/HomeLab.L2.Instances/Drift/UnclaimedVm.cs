using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Drift;

/// <summary>A VM that carries a persona's tags but that no spec names: left over, or created by hand.</summary>
public sealed record UnclaimedVm(PersonaId Persona, string Node, int VmId, string Name, IReadOnlyList<string> Tags);
