using Cake.Core;

namespace HomeLab.Build;

/// <summary>
/// The operating systems a run works on: <c>--os=ubuntu,arch</c>, or every OS in the lab (each folder under infra/os
/// with a template.json, artifacts/, spec/ or personas/).
/// </summary>
internal static class LabSelection
{
    public static IReadOnlyList<string> OperatingSystems(BuildContext context)
    {
        if (!context.FileSystem.GetDirectory(context.OperatorLabDirectory).Exists)
        {
            throw new CakeException($"The lab directory '{context.OperatorLabDirectory.FullPath}' does not exist; check --lab.");
        }

        var arguments = context.Arguments;
        var known = context.Lab.ListOperatingSystems();
        if (!arguments.HasArgument("os"))
        {
            return known;
        }

        var asked = Switches.Values(arguments, "os");
        var unknown = asked.Where(os => !known.Contains(os, StringComparer.Ordinal)).ToList();
        if (asked.Count == 0 || unknown.Count > 0)
        {
            var inLab = known.Count == 0
                ? "the lab has none (no folder under infra/os with a template.json, artifacts/, spec/ or personas/)"
                : "the lab has: " + string.Join(", ", known);
            throw new CakeException(asked.Count == 0
                ? $"--os needs a value, e.g. --os=ubuntu; {inLab}."
                : $"Unknown OS {string.Join(", ", unknown.Select(os => $"'{os}'"))} in --os; {inLab}.");
        }

        return asked;
    }

    /// <summary>Whether the operator chose the OSes (<c>--os</c>) rather than taking every OS of the lab.</summary>
    public static bool NamesOperatingSystems(BuildContext context) => context.Arguments.HasArgument("os");

    /// <summary>Exactly one OS, for commands that act on one stable manifest.</summary>
    public static string SingleOperatingSystem(BuildContext context)
    {
        if (!context.Arguments.HasArgument("os"))
        {
            throw new CakeException("Say which OS with --os, e.g. --os=ubuntu.");
        }

        var selected = OperatingSystems(context);
        return selected.Count == 1
            ? selected[0]
            : throw new CakeException($"--os names {selected.Count} OSes; this command works on one at a time.");
    }
}
