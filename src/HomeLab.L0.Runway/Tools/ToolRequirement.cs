namespace HomeLab.L0.Runway.Tools;

/// <summary>A command-line tool a later layer runs, and the arguments that make it print its version.</summary>
public sealed record ToolRequirement(string Name, string NeededBy, IReadOnlyList<string> VersionArguments, string? Hint = null)
{
    public string MissingReason => Hint is null
        ? $"{Name} not found on PATH (needed by {NeededBy})."
        : $"{Name} not found on PATH (needed by {NeededBy}). {Hint}";
}

/// <summary>The tools the later layers run.</summary>
public static class ToolRequirements
{
    public static ToolRequirement Packer { get; } = new("packer", "L1 Templates", ["version"]);

    public static ToolRequirement Terraform { get; } = new("terraform", "L2 Instances", ["version"]);

    public static ToolRequirement AnsiblePlaybook { get; } = new("ansible-playbook", "L3 OS and L4 Workloads", ["--version"]);

    public static ToolRequirement Ssh { get; } = new("ssh", "L3 OS", ["-V"]);

    public static ToolRequirement Doppler { get; } = new("doppler", "Doppler secret injection", ["--version"], "Install it, or set DOPPLER=0 to use your shell's variables.");

    public static IReadOnlyList<ToolRequirement> For(bool dopplerEnabled) => dopplerEnabled
        ? [Packer, Terraform, AnsiblePlaybook, Ssh, Doppler]
        : [Packer, Terraform, AnsiblePlaybook, Ssh];
}
