using Cake.Core;

namespace HomeLab.Build;

/// <summary>
/// What L4 was asked to do: <c>--stack=&lt;host&gt;/&lt;stack&gt;</c> (repeatable or comma-separated) deploys Compose
/// stacks; <c>--group</c> or <c>--workload</c> converges with Ansible.
/// </summary>
internal static class StackArguments
{
    /// <summary>Every <c>--stack</c> value as given; <see cref="HomeLab.L4.Workloads.StackSelection"/> reads them.</summary>
    public static IReadOnlyList<string> Values(ICakeArguments arguments) =>
        arguments.HasArgument("stack") ? [.. arguments.GetArguments("stack")] : [];

    /// <summary>Whether <c>--stack</c> was given at all (an empty value is then an error, not "no stack").</summary>
    public static bool IsGiven(ICakeArguments arguments) => arguments.HasArgument("stack");

    /// <summary>Whether an Ansible converge was asked for: <c>--group</c> or <c>--workload</c>.</summary>
    public static bool ConvergeIsAsked(ICakeArguments arguments) => arguments.HasArgument("group") || arguments.HasArgument("workload");

    /// <summary><c>--stack</c> without <c>--group</c> or <c>--workload</c>: the run deploys stacks and converges nothing.</summary>
    public static bool OnlyStacks(ICakeArguments arguments) => IsGiven(arguments) && !ConvergeIsAsked(arguments);
}
