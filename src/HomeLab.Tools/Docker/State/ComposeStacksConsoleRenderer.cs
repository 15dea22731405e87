using Spectre.Console;

namespace HomeLab.Tools.Docker;

/// <summary>Shows stacks' states on the console: one table row per container, grouped by host and stack, and a summary line.</summary>
public sealed class ComposeStacksConsoleRenderer(IAnsiConsole console)
{
    /// <summary>Writes the table (when there is a stack) and the summary line.</summary>
    public void Render(IReadOnlyList<ComposeStackReport> stacks)
    {
        ArgumentNullException.ThrowIfNull(stacks);
        if (stacks.Count > 0)
        {
            console.Write(Table(stacks));
        }

        var allUp = stacks.All(s => s.State.IsUp);
        var summary = Markup.Escape(Summary(stacks));
        console.MarkupLine(allUp ? $"[green bold]{summary}[/]" : $"[yellow bold]{summary}[/]");
    }

    /// <summary>e.g. "L4 stacks: 2 stacks, 1 up; 3/4 containers running".</summary>
    public static string Summary(IReadOnlyList<ComposeStackReport> stacks)
    {
        ArgumentNullException.ThrowIfNull(stacks);
        var containers = stacks.Sum(s => s.State.Containers.Count);
        var running = stacks.Sum(s => s.State.RunningCount);
        var count = stacks.Count == 1 ? "1 stack" : $"{stacks.Count} stacks";
        return $"L4 stacks: {count}, {stacks.Count(s => s.State.IsUp)} up; {running}/{containers} containers running";
    }

    private static Table Table(IReadOnlyList<ComposeStackReport> stacks)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("L4 stacks");
        table.AddColumn("Host");
        table.AddColumn("Stack");
        table.AddColumn("Service");
        table.AddColumn("Container");
        table.AddColumn("State");
        table.AddColumn("Ports");
        foreach (var stack in stacks.OrderBy(s => s.Host, StringComparer.Ordinal).ThenBy(s => s.Stack, StringComparer.Ordinal))
        {
            if (stack.State.Containers.Count == 0)
            {
                table.AddRow(new Text(stack.Host), new Text(stack.Stack), new Text("-"), new Text("-"), new Markup("[red]no containers[/]"), new Text("-"));
                continue;
            }

            foreach (var container in stack.State.Containers)
            {
                table.AddRow(
                    new Text(stack.Host),
                    new Text(stack.Stack),
                    new Text(container.Service),
                    new Text(container.Name),
                    new Markup(StateMarkup(container)),
                    new Text(container.Ports.Count == 0 ? "-" : string.Join(", ", container.Ports)));
            }
        }

        return table;
    }

    private static string StateMarkup(DockerComposeContainer container)
    {
        var text = Markup.Escape(container.Status);
        return container.IsRunning ? $"[green]{text}[/]" : $"[red]{text}[/]";
    }
}
