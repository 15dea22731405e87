namespace HomeLab.Tools;

/// <summary>
/// The command a wrapper's settings would run, for a dry run or for printing what to run by hand when the tool is
/// missing. Secrets never appear in it: arguments are rendered safe and masked, and of the environment only the
/// variable names are given.
/// </summary>
/// <param name="Program">The executable (its full path when found).</param>
/// <param name="Arguments">The arguments as one command-line string, secrets rendered as <c>[REDACTED]</c>.</param>
/// <param name="WorkingDirectory">The directory the tool would start in.</param>
/// <param name="EnvironmentVariableNames">The names of the variables set for the tool, sorted.</param>
public abstract record ToolCommand(
    string Program, string Arguments, string WorkingDirectory, IReadOnlyList<string> EnvironmentVariableNames)
{
    /// <summary>
    /// The variables set for the tool, sorted by name, with their values masked and secret ones as <c>[REDACTED]</c>;
    /// empty when the wrapper gives only <see cref="EnvironmentVariableNames"/>.
    /// </summary>
    public IReadOnlyList<ToolVariable> Variables { get; init; } = [];

    /// <summary>The program and its arguments.</summary>
    public string CommandLine => Arguments.Length == 0 ? Program : $"{Program} {Arguments}";

    /// <summary>Where it runs and what it gets, e.g. <c>in /lab; environment: DOCKER_HOST, TOKEN</c>.</summary>
    protected string Surroundings
    {
        get
        {
            var environment = EnvironmentVariableNames.Count == 0 ? "none" : string.Join(", ", EnvironmentVariableNames);
            return $"in {WorkingDirectory}; environment: {environment}";
        }
    }
}
