namespace HomeLab.Tools.Ansible.Recap;

/// <summary>The PLAY RECAP of a playbook run: one row per host, in the order ansible printed them (by name).</summary>
public sealed class AnsibleRecap
{
    /// <summary>Creates a recap from its rows.</summary>
    public AnsibleRecap(IReadOnlyList<AnsibleHostRecap> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        Hosts = hosts;
    }

    /// <summary>A run that printed no recap (it listed hosts or tasks, or stopped before the first play).</summary>
    public static AnsibleRecap Empty { get; } = new([]);

    /// <summary>The rows, one per host.</summary>
    public IReadOnlyList<AnsibleHostRecap> Hosts { get; }

    /// <summary>The hosts where a task failed (and that were reachable), by name.</summary>
    public IReadOnlyList<string> FailedHosts => Hosts.Where(h => h.IsFailed && !h.IsUnreachable).Select(h => h.Host).ToList();

    /// <summary>The hosts ansible could not reach, by name.</summary>
    public IReadOnlyList<string> UnreachableHosts => Hosts.Where(h => h.IsUnreachable).Select(h => h.Host).ToList();

    /// <summary>Whether any host failed or was unreachable: such a run fails.</summary>
    public bool HasFailures => Hosts.Any(h => h.IsFailed || h.IsUnreachable);

    /// <summary>The row of <paramref name="host"/>; <c>null</c> when it is not in the recap.</summary>
    public AnsibleHostRecap? this[string host] => Hosts.FirstOrDefault(h => string.Equals(h.Host, host, StringComparison.Ordinal));

    /// <summary>How many hosts ended with <paramref name="outcome"/>.</summary>
    public int Count(AnsibleHostOutcome outcome) => Hosts.Count(h => h.Outcome == outcome);

    /// <summary>e.g. "PLAY RECAP: 3 hosts: 1 ok, 0 changed, 1 failed, 1 unreachable".</summary>
    public string Summary()
    {
        var hosts = Hosts.Count == 1 ? "1 host" : $"{Hosts.Count} hosts";
        return $"PLAY RECAP: {hosts}: {Count(AnsibleHostOutcome.Ok)} ok, {Count(AnsibleHostOutcome.Changed)} changed, " +
               $"{Count(AnsibleHostOutcome.Failed)} failed, {Count(AnsibleHostOutcome.Unreachable)} unreachable";
    }

    /// <inheritdoc />
    public override string ToString() => Summary();
}
