using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Scripting;

namespace Cake.Frosting;

/// <summary>
/// <c>--graph=mermaid|dot</c>: prints the graph of the tasks the targets reach, or writes it to <c>--graph-file</c>.
/// Runs nothing.
/// </summary>
internal sealed class GraphScriptHost(ICakeEngine engine, ICakeContext context, IConsole console, TaskCriteria criteria, GraphRequest request)
    : ScriptHost(engine, context)
{
    public override Task<CakeReport> RunTargetAsync(string target) => RunTargetsAsync([target]);

    public override Task<CakeReport> RunTargetsAsync(IEnumerable<string> targets)
    {
        var graph = TaskGraph.For(Engine, targets, Settings.Exclusive, criteria.Describe);
        var text = request.Format switch
        {
            GraphFormat.Mermaid => MermaidGraph.Render(graph),
            _ => DotGraph.Render(graph),
        };

        if (request.File is { } file)
        {
            var path = file.MakeAbsolute(Context.Environment);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path.FullPath)!);
            File.WriteAllText(path.FullPath, text);
            console.WriteLine($"Wrote the {request.Format.ToString().ToLowerInvariant()} graph of {string.Join(", ", graph.Targets)} to {Context.Environment.WorkingDirectory.GetRelativePath(path)}.");
        }
        else
        {
            console.Write(text);
        }

        return System.Threading.Tasks.Task.FromResult(new CakeReport());
    }
}
