namespace HomeLab.Tools.Ansible;

/// <summary>What one ansible run left behind: its exit code and what it printed.</summary>
internal sealed record AnsibleRun(int ExitCode, AnsibleProcessOutput Output);
