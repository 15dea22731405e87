using Cake.Core;
using Cake.Frosting;
using HomeLab.Manifests;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>Prints the lab's L4 presets (<c>ansible/l4/workloads.json</c>): what <c>--workload=&lt;name&gt;</c> runs. Local only.</summary>
[TaskName("List-Workloads")]
[TaskDescription("List the L4 workload presets of ansible/l4/workloads.json (run one with --target=L4 --workload=<name>)")]
public sealed class ListWorkloadsTask(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        IReadOnlyList<WorkloadPreset> presets;
        try
        {
            presets = context.Lab.ListWorkloads();
        }
        catch (ManifestException ex)
        {
            throw new CakeException(ex.Message);
        }

        if (presets.Count == 0)
        {
            console.WriteLine($"No workload presets: {context.Lab.Layout.Display(context.Lab.Layout.WorkloadsFile)} does not exist.");
            return;
        }

        var table = new Table().Title("L4 workloads").AddColumns("Workload", "Group", "Tags", "Description");
        foreach (var preset in presets)
        {
            table.AddRow(Markup.Escape(preset.Name), Markup.Escape(preset.Group), Markup.Escape(string.Join(", ", preset.Tags)), Markup.Escape(preset.Description));
        }

        console.Write(table);
    }
}
