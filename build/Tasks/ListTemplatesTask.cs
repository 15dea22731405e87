using Cake.Frosting;
using HomeLab.Manifests;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Prints each OS's artifact history, newest first, marking the stable one (HomeLab's copy or the original tooling's
/// link). Works on OSes without a template.json too. Local only.
/// </summary>
[TaskName("List-Templates")]
[TaskDescription("List each OS's template artifacts, newest first, and which one is stable (also Templates:List)")]
public sealed class ListTemplatesTask(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var output = console.Profile.Out.Writer;
        foreach (var os in LabSelection.OperatingSystems(context))
        {
            var history = context.Lab.ListHistory(os);
            output.Write(TemplateHistoryText.Render(history, context.Lab.HasTemplate(os)));
            foreach (var problem in history.StableProblems)
            {
                console.MarkupLine($"  [yellow]{Markup.Escape(problem)}[/]");
            }
        }

        output.Flush();
    }
}
