namespace HomeLab.Tools.Docker;

/// <summary>
/// The command a compose call would run, for a dry run or for printing what to run by hand. Secrets never appear in
/// it: arguments are rendered safe and masked, and of the environment only the variable names are given.
/// </summary>
/// <param name="Program">The executable (its full path when found): <c>docker</c> for the plugin, <c>docker-compose</c> for v1.</param>
/// <param name="Arguments">
/// The arguments as one command-line string (starting with <c>compose</c> for the plugin), e.g.
/// <c>--project-name "web" up --detach</c>.
/// </param>
/// <param name="WorkingDirectory">The directory it would start in.</param>
/// <param name="EnvironmentVariableNames">The names of the variables set for it, sorted (e.g. DOCKER_HOST and the secrets).</param>
/// <param name="Cli">Which Compose runs it: <see cref="ComposeCli.Plugin"/> or <see cref="ComposeCli.Standalone"/>.</param>
/// <param name="How">How that was chosen: <c>detected</c>, <c>set in settings</c> or <c>nothing found, assumed</c>.</param>
public sealed record DockerComposeCommand(
    string Program,
    string Arguments,
    string WorkingDirectory,
    IReadOnlyList<string> EnvironmentVariableNames,
    ComposeCli Cli,
    string How)
    : ToolCommand(Program, Arguments, WorkingDirectory, EnvironmentVariableNames)
{
    /// <summary>Which Compose runs it, e.g. <c>Compose v2 plugin (docker compose), detected</c>.</summary>
    public string CliDescription => (Cli == ComposeCli.Plugin ? "Compose v2 plugin (docker compose)" : "Compose v1 (docker-compose)") + ", " + How;

    /// <summary>The command line, which Compose, where it runs and the names of the variables it gets.</summary>
    public override string ToString() => $"{CommandLine} ({CliDescription}; {Surroundings})";
}
