namespace HomeLab.Tools.Ansible.Recap;

/// <summary>How a playbook run ended for one host, as the recap shows it.</summary>
public enum AnsibleHostOutcome
{
    /// <summary>Every task ran and nothing changed.</summary>
    Ok,

    /// <summary>Every task ran and at least one changed something (or, in check mode, would have).</summary>
    Changed,

    /// <summary>A task failed on the host.</summary>
    Failed,

    /// <summary>Ansible could not reach the host.</summary>
    Unreachable,
}
