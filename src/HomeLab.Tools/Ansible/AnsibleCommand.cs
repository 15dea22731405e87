namespace HomeLab.Tools.Ansible;

/// <summary>
/// The command a settings object would run, for a dry run or for printing what to run by hand when ansible is
/// missing. Secrets never appear in it: arguments are rendered safe and masked, of the environment only the variable
/// names are given, and secret extra vars show as <c>[REDACTED]</c>.
/// </summary>
/// <param name="Program">The executable (its full path when found, else e.g. <c>ansible-playbook</c>).</param>
/// <param name="Arguments">The arguments as one command-line string, e.g. <c>-i "/lab/ansible/inventory" -e "@/tmp/homelab-ansible-&lt;run&gt;/extra-vars.json" "/lab/ansible/l3/converge.yaml"</c>.</param>
/// <param name="WorkingDirectory">The directory ansible would start in.</param>
/// <param name="EnvironmentVariableNames">The names of the variables set for ansible, sorted.</param>
/// <param name="ExtraVars">The extra vars in the <c>-e @file</c>, as <c>name=value</c>, secret values as <c>[REDACTED]</c>.</param>
public sealed record AnsibleCommand(
    string Program, string Arguments, string WorkingDirectory, IReadOnlyList<string> EnvironmentVariableNames, IReadOnlyList<string> ExtraVars)
    : ToolCommand(Program, Arguments, WorkingDirectory, EnvironmentVariableNames)
{
    /// <summary>The command line, where it runs, the names of the variables it gets and its extra vars.</summary>
    public override string ToString()
    {
        var extraVars = ExtraVars.Count == 0 ? string.Empty : $"; extra vars: {string.Join(", ", ExtraVars)}";
        return $"{CommandLine} ({Surroundings}{extraVars})";
    }
}
