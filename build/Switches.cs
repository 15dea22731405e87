using Cake.Core;

namespace HomeLab.Build;

/// <summary>Reads on/off command-line switches such as <c>--simulate</c> or <c>--skip-tools</c>.</summary>
internal static class Switches
{
    // A bare "--simulate" has no value; "--simulate=false" turns it off again.
    public static bool IsOn(ICakeArguments arguments, string name)
        => arguments.HasArgument(name)
            && !(bool.TryParse(arguments.GetArguments(name).LastOrDefault(), out var value) && !value);

    /// <summary>An option's values, repeatable or comma-separated (<c>--os=a,b --os=c</c>), each once; none when it is absent.</summary>
    public static IReadOnlyList<string> Values(ICakeArguments arguments, string name) => arguments.HasArgument(name)
        ? arguments.GetArguments(name)
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>
    /// <c>--dryrun</c> (<c>--noop</c>, <c>--whatif</c>): Cake runs no task action, and the lifetime asks the tasks what they
    /// would do instead (<see cref="WhatIfRun"/>); the lab lock is not taken.
    /// The switch is consumed by the host before the arguments reach <see cref="ICakeArguments"/>.
    /// </summary>
    public static bool IsDryRun { get; } = Environment.GetCommandLineArgs()
        .Any(argument => argument is "--dryrun" or "--noop" or "--whatif");
}
