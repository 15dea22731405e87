namespace HomeLab.Tools.Ansible;

/// <summary>What a runner does with ansible's standard output besides what every line gets.</summary>
internal enum AnsibleStandardOutput
{
    /// <summary>Stream it to the log and the sink, keeping only the last lines and the recap.</summary>
    Stream,

    /// <summary>Stream it and also keep every line (masked) for the caller, e.g. a <c>--list-tasks</c> listing.</summary>
    Keep,

    /// <summary>Keep it raw for parsing and neither log nor sink it (JSON that may hold sensitive values).</summary>
    Capture,
}
