namespace HomeLab.Tools.Ansible.Recap;

/// <summary>One host's line of the PLAY RECAP: how many of its tasks ended each way.</summary>
public sealed record AnsibleHostRecap(
    string Host, int Ok, int Changed, int Unreachable, int Failed, int Skipped, int Rescued, int Ignored)
{
    /// <summary>Ansible could not reach the host (SSH failed) for at least one task.</summary>
    public bool IsUnreachable => Unreachable > 0;

    /// <summary>At least one task failed on the host and was neither rescued nor ignored.</summary>
    public bool IsFailed => Failed > 0;

    /// <summary>The host's outcome, worst first: unreachable, failed, changed or ok.</summary>
    public AnsibleHostOutcome Outcome => IsUnreachable ? AnsibleHostOutcome.Unreachable
        : IsFailed ? AnsibleHostOutcome.Failed
        : Changed > 0 ? AnsibleHostOutcome.Changed
        : AnsibleHostOutcome.Ok;
}
