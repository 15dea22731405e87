using System.Globalization;
using Spectre.Console;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>Prints each persona's terraform output whole, then one table of what every plan would change.</summary>
public sealed class PlanConsoleRenderer(IAnsiConsole console)
{
    /// <summary>One persona's block: a heading, terraform's own output, and its one-line result.</summary>
    public void RenderPersona(PersonaPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        console.MarkupLine($"[bold]── {Markup.Escape(plan.Root.Persona.ToString())} ({Markup.Escape(plan.Root.DisplayPath)}) ──[/]");
        foreach (var line in plan.Output)
        {
            console.WriteLine(line);
        }

        console.MarkupLine(plan.Succeeded
            ? $"{Markup.Escape(plan.Root.Persona.ToString())}: {Markup.Escape(plan.Summary!.ToString())}"
            : $"[red]{Markup.Escape(plan.Root.Persona.ToString())}: {Markup.Escape(plan.Failure!)}[/]");
    }

    /// <summary>The table of every plan, with the addresses each would add (+), change (~), replace (-/+) or destroy (-).</summary>
    public void RenderSummary(IReadOnlyList<PersonaPlan> plans, bool destroy)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var table = new Table().Border(TableBorder.Rounded).Title(destroy ? "L2 destroy plan" : "L2 plan");
        table.AddColumns("Persona", "Add", "Change", "Replace", "Destroy", "Resources");
        foreach (var plan in plans)
        {
            if (plan.Summary is not { } summary)
            {
                table.AddRow(new Text(plan.Root.Persona.ToString()), new Text("-"), new Text("-"), new Text("-"), new Text("-"),
                    new Markup(plan.ProvidersUnavailable ? "[yellow]not planned: providers unavailable[/]" : "[red]failed[/]"));
                continue;
            }

            var resources = summary.NoChanges
                ? "no changes"
                : string.Join("\n", summary.Add.Select(a => "+ " + a)
                    .Concat(summary.Change.Select(a => "~ " + a))
                    .Concat(summary.Replace.Select(a => "-/+ " + a))
                    .Concat(summary.Destroy.Select(a => "- " + a)));
            table.AddRow(
                new Text(plan.Root.Persona.ToString()),
                new Text(Count(summary.Add)),
                new Text(Count(summary.Change)),
                new Text(Count(summary.Replace)),
                new Text(Count(summary.Destroy)),
                new Text(resources));
        }

        console.Write(table);
    }

    private static string Count(IReadOnlyList<string> addresses) => addresses.Count.ToString(CultureInfo.InvariantCulture);
}
