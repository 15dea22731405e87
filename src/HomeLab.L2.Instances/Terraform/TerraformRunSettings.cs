using Cake.Core.IO;
using HomeLab.Tools.Terraform;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>How L2 runs Terraform in every persona's root; the host builds it from the lab's settings.</summary>
public sealed record TerraformRunSettings
{
    /// <summary>What the roots' provider and cloud-init read, handed over as <c>TF_VAR_*</c> in terraform's environment.</summary>
    public required TerraformProxmoxVariables Variables { get; init; }

    /// <summary>Where each persona's saved plan goes (<c>.cache/l2</c>): it holds every variable's value, so never under artifacts/.</summary>
    public required string PlanDirectory { get; init; }

    /// <summary>Where each persona's plan.json and outputs.json go (<c>artifacts/l2</c>).</summary>
    public required string ArtifactsDirectory { get; init; }

    /// <summary>Plan the destruction of every resource (<c>--destroy</c>).</summary>
    public bool Destroy { get; init; }

    /// <summary>How many personas are planned at once.</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Masks the run's secrets (those Doppler loaded too) in everything terraform prints.</summary>
    public Func<string, string>? Redact { get; init; }

    /// <summary>A terraform other than the one on PATH.</summary>
    public FilePath? ToolPath { get; init; }
}
