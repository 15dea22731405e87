using HomeLab.L0.Runway.Results;
using Spectre.Console;

namespace HomeLab.L0.Runway.Output;

/// <summary>
/// Shows a run on the console: a table of the checks (WARN in yellow, FAIL in red), then the status line (which counts
/// the warnings of a run that passed), every reason (red "-") and every warning and note (yellow "!").
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

    /// <summary>"L0 Runway: OK", "L0 Runway: OK (2 warnings)" or "L0 Runway: FAIL (3 reasons)".</summary>
    public static string StatusText(RunwayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsOk)
        {
            return $"L0 Runway: FAIL ({Count(result.Failures.Count, "reason")})";
        }

        var warnings = result.Warnings.Count;
        return warnings == 0 ? "L0 Runway: OK" : $"L0 Runway: OK ({Count(warnings, "warning")})";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

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
