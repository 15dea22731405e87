namespace HomeLab.Build;

/// <summary>
/// Lets a layer be targeted by its number, <c>--target=L0</c> … <c>--target=L4</c>, and a few tasks by another
/// name (case-insensitive).
/// </summary>
public static class TargetAliases
{
    /// <summary>The layers, lowest first: the alias and the task it stands for.</summary>
    public static IReadOnlyList<(string Alias, string Task)> Layers { get; } =
    [
        ("L0", "Runway"),
        ("L1", "Templates"),
        ("L2", "Instances"),
        ("L3", "OS"),
        ("L4", "Workloads"),
    ];

    /// <summary>Other names for tasks that are not layers.</summary>
    public static IReadOnlyList<(string Alias, string Task)> Synonyms { get; } =
    [
        ("Templates:List", "List-Templates"),
    ];

    /// <summary>
    /// Replaces layer aliases in the values of <c>-t</c>/<c>--target</c> (as <c>--target x</c>, <c>--target=x</c>
    /// or <c>--target:x</c>); every other argument is passed through unchanged.
    /// </summary>
    public static string[] Expand(IEnumerable<string> args)
    {
        var expanded = new List<string>();
        var targetFollows = false;
        foreach (var arg in args)
        {
            if (targetFollows)
            {
                expanded.Add(Resolve(arg));
                targetFollows = false;
                continue;
            }

            var separator = arg.IndexOfAny(['=', ':']);
            var option = separator < 0 ? arg : arg[..separator];
            if (!IsTargetOption(option))
            {
                expanded.Add(arg);
            }
            else if (separator < 0)
            {
                expanded.Add(arg);
                targetFollows = true;
            }
            else
            {
                expanded.Add($"{option}{arg[separator]}{Resolve(arg[(separator + 1)..])}");
            }
        }

        return [.. expanded];
    }

    /// <summary>The task a target names: the layer's task for an alias, otherwise the target itself.</summary>
    public static string Resolve(string target)
    {
        foreach (var (alias, task) in Layers.Concat(Synonyms))
        {
            if (string.Equals(alias, target, StringComparison.OrdinalIgnoreCase))
            {
                return task;
            }
        }

        return target;
    }

    private static bool IsTargetOption(string option)
        => option == "-t" || string.Equals(option, "--target", StringComparison.OrdinalIgnoreCase);
}
