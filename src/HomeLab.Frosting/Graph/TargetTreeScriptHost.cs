using Cake.Core;
using Cake.Core.Scripting;

namespace Cake.Frosting;

/// <summary>
/// <c>--tree</c> with <c>--target</c>: the dependency tree of the targets only, with each task's criteria. Cake's own
/// tree (<c>TreeScriptHost</c>, used without <c>--target</c>) shows every root and ignores the target.
/// </summary>
internal sealed class TargetTreeScriptHost(ICakeEngine engine, ICakeContext context, IConsole console, TaskCriteria criteria)
    : ScriptHost(engine, context)
{
    public override Task<CakeReport> RunTargetAsync(string target) => RunTargetsAsync([target]);

    public override Task<CakeReport> RunTargetsAsync(IEnumerable<string> targets)
    {
        var graph = TaskGraph.For(Engine, targets, Settings.Exclusive, criteria.Describe);
        foreach (var target in graph.Targets)
        {
            console.WriteLine(graph.Node(target).Label);
            WriteDependencies(graph, target, "");
            console.WriteLine("");
        }

        return System.Threading.Tasks.Task.FromResult(new CakeReport());
    }

    private void WriteDependencies(TaskGraph graph, string task, string indent)
    {
        var dependencies = graph.DependenciesOf(task).ToList();
        for (var i = 0; i < dependencies.Count; i++)
        {
            var last = i == dependencies.Count - 1;
            console.WriteLine($"{indent}{(last ? "└─" : "├─")}{dependencies[i].Label}");
            WriteDependencies(graph, dependencies[i].Name, indent + (last ? "  " : "│ "));
        }
    }
}
