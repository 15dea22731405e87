using Cake.Core;
using HomeLab.L3.OS;

namespace HomeLab.L4.Workloads;

/// <summary>The lab's Docker Compose stacks: every <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>.</summary>
public sealed class LabStacks(AnsibleLabLayout layout)
{
    /// <summary>Every stack the lab has, sorted by host and stack.</summary>
    public IReadOnlyList<StackReference> All
    {
        get
        {
            var root = Path.Combine(layout.Root, "compose");
            if (!Directory.Exists(root))
            {
                return [];
            }

            return Directory.EnumerateDirectories(root)
                .SelectMany(host => Directory.EnumerateDirectories(host).Select(stack => (Host: Path.GetFileName(host), Stack: Path.GetFileName(stack))))
                .Where(pair => File.Exists(layout.StackFile(pair.Host, pair.Stack)))
                .Select(pair => new StackReference(pair.Host, pair.Stack))
                .OrderBy(stack => stack.Host, StringComparer.Ordinal)
                .ThenBy(stack => stack.Stack, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>The stack's compose file.</summary>
    /// <exception cref="CakeException">It does not exist: one line naming the path and listing the lab's stacks.</exception>
    public string FileOf(StackReference stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var file = layout.StackFile(stack.Host, stack.Stack);
        if (File.Exists(file))
        {
            return file;
        }

        var all = All;
        var known = all.Count == 0
            ? "the lab has no stacks (compose/<host>/<stack>/compose.yaml)"
            : $"the lab's stacks: {string.Join(", ", all)}";
        throw new CakeException($"--stack={stack}: {layout.Display(file)} does not exist; {known}.");
    }
}
