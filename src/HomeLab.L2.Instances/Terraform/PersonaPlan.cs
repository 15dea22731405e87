using HomeLab.L2.Instances.Roots;
using HomeLab.Tools.Terraform;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>What planning one persona gave.</summary>
public sealed record PersonaPlan
{
    public required TerraformRoot Root { get; init; }

    /// <summary>The saved plan file, when the plan succeeded.</summary>
    public string? PlanFile { get; init; }

    /// <summary>The plan's changes, when it succeeded.</summary>
    public TerraformPlanSummary? Summary { get; init; }

    /// <summary>Terraform's own output, redacted, in order: printed whole, after the persona is done.</summary>
    public IReadOnlyList<string> Output { get; init; } = [];

    /// <summary>Why the plan failed (one line), or null.</summary>
    public string? Failure { get; init; }

    /// <summary>The failure is that the providers could not be installed (no network to the registry).</summary>
    public bool ProvidersUnavailable { get; init; }

    public bool Succeeded => Failure is null;

    public bool HasChanges => Summary is { NoChanges: false };
}
