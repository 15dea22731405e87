using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Specs;

/// <summary>The personas a run works on, or the one line that says why the <c>--persona</c> values name none.</summary>
public sealed record PersonaSelection(IReadOnlyList<PersonaId> Selected, string? Error)
{
    public bool IsValid => Error is null;
}
