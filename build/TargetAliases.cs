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

    /// <summary>
    /// The tasks of a layer made of several, in order. With <c>--exclusive</c> a layer runs all of its own tasks (and
    /// none of the layers below): the layer's task alone would only be the empty step that closes it.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> LayerParts { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Templates"] = ["BuildTemplates", "PromoteStable", "Templates"],
        ["Instances"] = ["PlanInstances", "ApplyInstances", "Instances"],
        ["Workloads"] = ["ConvergeWorkloads", "DeployStacks", "Workloads"],
    };

    /// <summary>
    /// The layers that act on the lab with its secrets. With <c>--exclusive</c> they still load them first: Secrets is
    /// not a layer to skip, and the original ran every recipe under <c>doppler run</c>. L0 alone stays read-only with
    /// the shell's environment.
    /// </summary>
    public static IReadOnlySet<string> UseSecrets { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Templates", "Instances", "OS", "Workloads",
    };

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
        var given = args.ToList();
        var exclusive = given.Any(arg => arg is "-e" or "--exclusive" or "--exclusive=true");
        var secretsAdded = false;
        var expanded = new List<string>();
        string? pendingOption = null;
        foreach (var arg in given)
        {
            if (pendingOption is not null)
            {
                foreach (var task in Tasks(Resolve(arg), exclusive, ref secretsAdded))
                {
                    expanded.Add(pendingOption);
                    expanded.Add(task);
                }

                pendingOption = null;
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
                pendingOption = arg;
            }
            else
            {
                expanded.AddRange(Tasks(Resolve(arg[(separator + 1)..]), exclusive, ref secretsAdded).Select(task => $"{option}{arg[separator]}{task}"));
            }
        }

        if (pendingOption is not null)
        {
            expanded.Add(pendingOption); // a trailing --target without a value: the host reports it
        }

        return [.. expanded];
    }

    private static List<string> Tasks(string task, bool exclusive, ref bool secretsAdded)
    {
        var tasks = new List<string>();
        if (exclusive && !secretsAdded && UseSecrets.Contains(task))
        {
            tasks.Add("Secrets");
            secretsAdded = true;
        }

        tasks.AddRange(exclusive && LayerParts.TryGetValue(task, out var parts) ? parts : [task]);
        return tasks;
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
