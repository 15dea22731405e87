namespace HomeLab.Build.RunReport;

/// <summary>
/// The command line as the operator typed it (<c>--target=L2</c>), not as the host received it after
/// <see cref="TargetAliases.Expand"/> turned layers into tasks: the report shows what was asked for.
/// </summary>
internal static class OperatorCommandLine
{
    public static IReadOnlyList<string> Arguments { get; } = Environment.GetCommandLineArgs().Skip(1).ToList();

    /// <summary>The values of <c>-t</c>/<c>--target</c> (<c>--target=x</c>, <c>--target:x</c> or <c>--target x</c>); Default when none.</summary>
    public static IReadOnlyList<string> Targets(IReadOnlyList<string> arguments)
    {
        var targets = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var separator = argument.IndexOfAny(['=', ':']);
            var option = separator < 0 ? argument : argument[..separator];
            if (option != "-t" && !string.Equals(option, "--target", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (separator >= 0)
            {
                targets.Add(argument[(separator + 1)..]);
            }
            else if (i + 1 < arguments.Count)
            {
                targets.Add(arguments[++i]);
            }
        }

        return targets.Count > 0 ? targets : ["Default"];
    }
}
