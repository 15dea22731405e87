namespace HomeLab.Tools.WhatIf;

/// <summary>
/// A tool command a dry run shows: the program, its arguments as one command line (secret arguments already rendered
/// as <c>[REDACTED]</c> by Cake), where it starts, and the variables it gets, secret values as <c>[REDACTED]</c>.
/// </summary>
public sealed record PlannedCommand(string Program, string Arguments, string WorkingDirectory, IReadOnlyList<ToolVariable> Environment)
{
    /// <summary>The program and its arguments.</summary>
    public string CommandLine => Arguments.Length == 0 ? Program : $"{Program} {Arguments}";

    /// <summary>What a wrapper's <c>Describe</c> returned.</summary>
    public static PlannedCommand From(ToolCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var environment = command.Variables.Count > 0
            ? command.Variables
            : command.EnvironmentVariableNames.Select(name => new ToolVariable(name, null, Secret: false)).ToList();
        return new PlannedCommand(command.Program, command.Arguments, command.WorkingDirectory, environment);
    }
}
