using System.Globalization;
using Spectre.Console;

namespace HomeLab.Tools.Ansible.Recap;

/// <summary>
/// Shows a recap on the console after ansible's own output: a table with a row per host and a column per count, then
/// a summary line, green when every host ended well.
/// </summary>
public sealed class AnsibleRecapConsoleRenderer(IAnsiConsole console)
{
    /// <summary>Writes the table (unless the recap is empty) and the summary line.</summary>
    /// <param name="title">The table's title, e.g. <c>L3 converge: ubuntu_docker</c>.</param>
    public void Render(AnsibleRecap recap, string title = AnsibleRecapText.Header)
    {
        ArgumentNullException.ThrowIfNull(recap);
        if (recap.Hosts.Count > 0)
        {
            console.Write(Table(recap, title));
        }

        var summary = Markup.Escape(recap.Summary());
        console.MarkupLine(recap.HasFailures ? $"[red bold]{summary}[/]" : $"[green bold]{summary}[/]");
    }

    private static Table Table(AnsibleRecap recap, string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("Host");
        table.AddColumn("Result");
        foreach (var count in new[] { "ok", "changed", "unreachable", "failed", "skipped", "rescued", "ignored" })
        {
            table.AddColumn(new TableColumn(count).RightAligned());
        }

        foreach (var host in recap.Hosts)
        {
            table.AddRow(
                new Text(host.Host),
                new Markup(OutcomeMarkup(host.Outcome)),
                Number(host.Ok, "green"),
                Number(host.Changed, "yellow"),
                Number(host.Unreachable, "red"),
                Number(host.Failed, "red"),
                Number(host.Skipped, "cyan"),
                Number(host.Rescued, "green"),
                Number(host.Ignored, "magenta"));
        }

        return table;
    }

    private static Markup Number(int value, string colour)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new Markup(value == 0 ? text : $"[{colour}]{text}[/]");
    }

    private static string OutcomeMarkup(AnsibleHostOutcome outcome) => outcome switch
    {
        AnsibleHostOutcome.Ok => "[green]OK[/]",
        AnsibleHostOutcome.Changed => "[yellow]CHANGED[/]",
        AnsibleHostOutcome.Failed => "[red]FAILED[/]",
        _ => "[red bold]UNREACHABLE[/]",
    };
}
