using Cake.Core;
using Cake.Core.Graph;

namespace Cake.Frosting;

/// <summary>
/// The part of the engine's task graph a run of <see cref="Targets"/> reaches, in the order Cake runs it, each task
/// labelled with its criteria as they stand now. Built on Cake's own <see cref="CakeGraphBuilder"/>.
/// </summary>
internal sealed class TaskGraph
{
    private TaskGraph(IReadOnlyList<string> targets, IReadOnlyList<TaskNode> nodes, IReadOnlyList<CakeGraphEdge> edges)
    {
        Targets = targets;
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<string> Targets { get; }

    /// <summary>The tasks reached, in run order.</summary>
    public IReadOnlyList<TaskNode> Nodes { get; }

    /// <summary>Dependency edges between reached tasks: <c>Start</c> runs before <c>End</c>.</summary>
    public IReadOnlyList<CakeGraphEdge> Edges { get; }

    public static TaskGraph For(ICakeEngine engine, IEnumerable<string> targets, bool exclusive, Func<string, string?> criteria)
    {
        var tasks = engine.Tasks.ToList();
        var graph = CakeGraphBuilder.Build(tasks);
        var asked = targets.Select(target => Canonical(tasks, target)).ToList();
        // As the engine walks it: one target on its own, several as one unified graph (Cake 7's default).
        var order = exclusive ? asked
            : asked.Count == 1 ? graph.Traverse(asked[0]).ToList()
            : graph.Traverse(asked).ToList();
        var reached = new HashSet<string>(order, StringComparer.OrdinalIgnoreCase);
        var nodes = order
            .Select(name => tasks.First(task => string.Equals(task.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Select(task => new TaskNode(task.Name, task.Description, criteria(task.Name)))
            .ToList();
        int Position(string task) => order.FindIndex(name => string.Equals(name, task, StringComparison.OrdinalIgnoreCase));
        var edges = exclusive
            ? []
            : graph.Edges.Where(edge => reached.Contains(edge.Start) && reached.Contains(edge.End))
                .OrderBy(edge => Position(edge.End)).ThenBy(edge => Position(edge.Start))
                .ToList();
        return new TaskGraph(asked, nodes, edges);
    }

    /// <summary>The direct dependencies of <paramref name="task"/> within the graph, in run order.</summary>
    public IEnumerable<TaskNode> DependenciesOf(string task)
    {
        var starts = Edges.Where(edge => string.Equals(edge.End, task, StringComparison.OrdinalIgnoreCase)).Select(edge => edge.Start);
        var set = new HashSet<string>(starts, StringComparer.OrdinalIgnoreCase);
        return Nodes.Where(node => set.Contains(node.Name));
    }

    public TaskNode Node(string name) => Nodes.First(node => string.Equals(node.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Canonical(IReadOnlyList<ICakeTaskInfo> tasks, string target)
        => tasks.FirstOrDefault(task => string.Equals(task.Name, target, StringComparison.OrdinalIgnoreCase))?.Name
            ?? throw new CakeException($"The target '{target}' was not found.");
}
