namespace HomeLab.Tools.Terraform;

/// <summary>
/// The command a settings object would run, for a dry run or for printing what to run by hand when terraform is
/// missing. Secrets never appear in it: arguments are rendered safe and masked, and of the environment only the
/// variable names are given.
/// </summary>
/// <param name="Program">The terraform executable (its full path when found, else <c>terraform</c>).</param>
/// <param name="Arguments">
/// The arguments as one command-line string, secrets rendered as <c>[REDACTED]</c>, e.g.
/// <c>-chdir="/lab/l2/ubuntu_docker" plan -input=false …</c>.
/// </param>
/// <param name="WorkingDirectory">The directory terraform would start in.</param>
/// <param name="EnvironmentVariableNames">The names of the variables set for terraform, sorted.</param>
public sealed record TerraformCommand(
    string Program, string Arguments, string WorkingDirectory, IReadOnlyList<string> EnvironmentVariableNames)
    : ToolCommand(Program, Arguments, WorkingDirectory, EnvironmentVariableNames)
{
    /// <summary>The command line, where it runs and the names of the variables it gets.</summary>
    public override string ToString() => $"{CommandLine} ({Surroundings})";
}
