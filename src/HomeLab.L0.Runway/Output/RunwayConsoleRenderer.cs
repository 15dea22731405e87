using HomeLab.L0.Runway.Results;
using Spectre.Console;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// Shows a run on the console: a table of the checks, then the status line and every reason and note.
/// Quiet shows only the status line and the reasons.
/// </summary>
public sealed class RunwayConsoleRenderer(IAnsiConsole console)
{
    public void Render(RunwayResult result, bool quiet = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!quiet)
        {
            console.Write(ChecksTable(result));
        }

        console.MarkupLine(StatusLine(result));
        foreach (var failure in result.Failures)
        {
            console.MarkupLine($"  [red]-[/] {Markup.Escape(failure)}");
        }

        if (quiet)
        {
            return;
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLine($"  [yellow]![/] {Markup.Escape(note)}");
        }
    }

    public static string StatusText(RunwayResult result) => result.IsOk
        ? "L0 Runway: OK"
        : $"L0 Runway: FAIL ({result.Failures.Count} {(result.Failures.Count == 1 ? "reason" : "reasons")})";

    private static string StatusLine(RunwayResult result) =>
        result.IsOk ? $"[green bold]{Markup.Escape(StatusText(result))}[/]" : $"[red bold]{Markup.Escape(StatusText(result))}[/]";

    private static Table ChecksTable(RunwayResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("L0 Runway");
        table.AddColumn("Check");
        table.AddColumn("Status");
        table.AddColumn("Detail");
        foreach (var check in result.Checks)
        {
            table.AddRow(new Text(check.Name), new Markup(StatusMarkup(check.Status)), new Text(check.Detail));
        }

        return table;
    }

    private static string StatusMarkup(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "[green]OK[/]",
        CheckStatus.Warn => "[yellow]WARN[/]",
        CheckStatus.Fail => "[red]FAIL[/]",
        _ => "[grey]SKIPPED[/]",
    };
}
