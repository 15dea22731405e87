using Cake.Core;

namespace HomeLab.Build;

/// <summary>
/// Whether L3's and L4's converges run. They do, and fail in one line without a group, unless the run asks for
/// other L4 work that needs no group: then, with neither <c>--group</c> nor <c>--workload</c>, they are skipped.
/// </summary>
internal static class ConvergeCriteria
{
    /// <summary>The options of L4 work that runs without a group (a Docker Compose stack).</summary>
    private static readonly string[] GrouplessWork = ["stack"];

    public static string SkippedMessage => $"neither --group nor --workload; this run asks only for --{string.Join(" or --", GrouplessWork)}";

    /// <summary>What decides it in this run: <c>--group=web</c>, <c>--workload=whoami</c>, or why it is skipped or fails.</summary>
    public static string Describe(ICakeArguments arguments)
    {
        if (ConvergeArguments.Last(arguments, "group") is { } group)
        {
            return $"--group={group}";
        }

        if (ConvergeArguments.Last(arguments, "workload") is { } workload)
        {
            return $"--workload={workload}";
        }

        return GrouplessWork.Any(arguments.HasArgument) ? $"only --{string.Join(", --", GrouplessWork)}: skipped" : "no --group";
    }

    public static bool ShouldConverge(BuildContext context) =>
        context.Arguments.HasArgument("group")
        || context.Arguments.HasArgument("workload")
        || !GrouplessWork.Any(context.Arguments.HasArgument);
}
