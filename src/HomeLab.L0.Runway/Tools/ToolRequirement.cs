namespace HomeLab.L0.Runway.Tools;

/// <summary>A command-line tool a later layer runs, and the arguments that make it print its version.</summary>
/// <param name="Name">The program's name on PATH.</param>
/// <param name="NeededBy">Who runs it, as reasons name it: "L2 Instances".</param>
/// <param name="VersionArguments">What makes it print its version.</param>
/// <param name="Hint">What to do when it is missing, when there is more to say than "install it".</param>
public sealed record ToolRequirement(string Name, string NeededBy, IReadOnlyList<string> VersionArguments, string? Hint = null)
{
    /// <summary>The layers that run it. Empty for a tool that every run checking it needs (doppler, while Doppler is on).</summary>
    public IReadOnlyList<LabLayer> Layers { get; init; } = [];

    public string MissingReason => Hint is null
        ? $"{Name} not found on PATH (needed by {NeededBy})."
        : $"{Name} not found on PATH (needed by {NeededBy}). {Hint}";

    /// <summary>The warning for a missing tool that no layer of this run needs.</summary>
    public string NotReachedReason => $"{Name} not found on PATH (needed by {NeededBy}, which this run does not reach).";

    /// <summary>
    /// Whether this run needs it: one of its layers is among <paramref name="reachedLayers"/>, or it belongs to no layer.
    /// Null means the caller did not say, and every layer counts as reached.
    /// </summary>
    public bool IsNeeded(IReadOnlySet<LabLayer>? reachedLayers) =>
        Layers.Count == 0 || reachedLayers is null || Layers.Any(reachedLayers.Contains);
}

/// <summary>The tools the later layers run.</summary>
public static class ToolRequirements
{
    public static ToolRequirement Packer { get; } = new("packer", "L1 Templates", ["version"]) { Layers = [LabLayer.L1] };

    public static ToolRequirement Terraform { get; } = new("terraform", "L2 Instances", ["version"]) { Layers = [LabLayer.L2] };

    public static ToolRequirement AnsiblePlaybook { get; } =
        new("ansible-playbook", "L3 OS and L4 Workloads", ["--version"]) { Layers = [LabLayer.L3, LabLayer.L4] };

    // Ansible connects over ssh, and L4's Compose stacks reach their hosts through DOCKER_HOST=ssh://.
    public static ToolRequirement Ssh { get; } = new("ssh", "L3 OS and L4 Workloads", ["-V"]) { Layers = [LabLayer.L3, LabLayer.L4] };

    public static ToolRequirement Doppler { get; } = new("doppler", "Doppler secret injection", ["--version"], "Install it, or set DOPPLER=0 to use your shell's variables.");

    public static IReadOnlyList<ToolRequirement> For(bool dopplerEnabled) => dopplerEnabled
        ? [Packer, Terraform, AnsiblePlaybook, Ssh, Doppler]
        : [Packer, Terraform, AnsiblePlaybook, Ssh];
}
