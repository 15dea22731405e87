using Cake.Core;

namespace HomeLab.Build;

/// <summary>
/// The <c>--stack=&lt;host&gt;/&lt;stack&gt;</c> values (repeatable or comma-separated) of the Compose stacks L4 deploys.
/// </summary>
internal static class StackArguments
{
    /// <summary>Every <c>--stack</c> value as given; <see cref="HomeLab.L4.Workloads.StackSelection"/> reads them.</summary>
    public static IReadOnlyList<string> Values(ICakeArguments arguments) =>
        arguments.HasArgument("stack") ? [.. arguments.GetArguments("stack")] : [];

    /// <summary>Whether <c>--stack</c> was given at all (an empty value is then an error, not "no stack").</summary>
    public static bool IsGiven(ICakeArguments arguments) => arguments.HasArgument("stack");
}
