using Cake.Frosting;
using HomeLab.Manifests;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>Prints each OS's artifact history, newest first, marking the stable one. Local only.</summary>
[TaskName("List-Templates")]
[TaskDescription("List each OS's template artifacts, newest first, and which one is stable (also Templates:List)")]
public sealed class ListTemplatesTask(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var os in LabSelection.OperatingSystems(context))
        {
            var history = context.Lab.ListHistory(os);
            var table = new Table().Title(os).AddColumns("Artifact", "Built", "Stable");
            foreach (var entry in history)
            {
                table.AddRow(
                    Markup.Escape(entry.FileName),
                    entry.BuiltAt?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'") ?? "",
                    entry.IsStable ? "stable" : "");
            }

            console.Write(table);
            foreach (var problem in history.StableProblems)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(problem)}[/]");
            }

            if (history.Count == 0)
            {
                console.WriteLine($"{os}: no artifacts yet; build one with ./build.sh --target=L1 --os={os}");
            }
        }
    }
}
