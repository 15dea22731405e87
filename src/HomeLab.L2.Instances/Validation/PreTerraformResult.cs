using HomeLab.L2.Instances.Cluster;
using HomeLab.L2.Instances.Drift;
using HomeLab.L2.Instances.Roots;
using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Validation;

/// <summary>Everything L2 found out before running Terraform.</summary>
public sealed class PreTerraformResult
{
    /// <summary>The selected personas whose specs could be read, by OS, then persona.</summary>
    public required IReadOnlyList<PersonaSpec> Specs { get; init; }

    /// <summary>Every persona of the lab whose spec could be read (for <c>hosts.json</c>, which lists them all).</summary>
    public required IReadOnlyList<PersonaSpec> AllSpecs { get; init; }

    /// <summary>The Terraform root of each selected persona that has one.</summary>
    public required IReadOnlyList<TerraformRoot> Roots { get; init; }

    /// <summary>
    /// Every reason not to run Terraform: problems without a file (the selection, the API) first, then by persona and
    /// line. Empty when the selection may go ahead.
    /// </summary>
    public required IReadOnlyList<InstanceProblem> Problems { get; init; }

    /// <summary>What was read from Proxmox; null when there was nothing to ask (no valid host selected, or a bad selection).</summary>
    public ClusterSnapshot? Cluster { get; init; }

    /// <summary>The selected hosts against the cluster, from the same read; null when <see cref="Cluster"/> is.</summary>
    public DriftReport? Drift { get; init; }

    public bool IsValid => Problems.Count == 0;
}
