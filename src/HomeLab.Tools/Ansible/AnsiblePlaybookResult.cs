using HomeLab.Tools.Ansible.Recap;

namespace HomeLab.Tools.Ansible;

/// <summary>What a playbook run ended with.</summary>
/// <param name="Playbook">The playbook as the settings named it, e.g. <c>ansible/l3/converge.yaml</c>.</param>
/// <param name="ExitCode">ansible-playbook's exit code: 0 success, 2 a host failed, 4 a host was unreachable, others errors.</param>
/// <param name="Recap">The PLAY RECAP, one row per host; empty when none was printed (listings, early errors).</param>
/// <param name="ListOutput">
/// What <c>--list-hosts</c>/<c>--list-tasks</c> printed, line by line with secrets masked; empty for other runs.
/// </param>
/// <param name="Check">Whether it ran in check mode (<c>--check</c>), changing nothing.</param>
public sealed record AnsiblePlaybookResult(string Playbook, int ExitCode, AnsibleRecap Recap, IReadOnlyList<string> ListOutput, bool Check)
{
    /// <summary>Whether the run succeeded: exit code 0 and no failed or unreachable host.</summary>
    public bool Succeeded => ExitCode == 0 && !Recap.HasFailures;
}
