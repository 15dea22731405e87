using Spectre.Console;

namespace HomeLab.L2.Instances.Drift;

/// <summary>Shows a drift report on the console: a table of the hosts, one of the unclaimed VMs (when there are any), and a summary line.</summary>
public sealed class DriftConsoleRenderer(IAnsiConsole console)
{
    public void Render(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Hosts.Count > 0)
        {
            console.Write(HostsTable(report));
        }

        if (report.Unclaimed.Count > 0)
        {
            console.Write(UnclaimedTable(report));
        }

        console.MarkupLine(report.IsClean ? $"[green bold]{Markup.Escape(Summary(report))}[/]" : $"[yellow bold]{Markup.Escape(Summary(report))}[/]");
    }

    /// <summary>e.g. "L2 drift: 3 hosts: 1 matches, 1 differs, 1 missing, 0 unknown; 1 unclaimed VM".</summary>
    public static string Summary(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var hosts = report.Hosts.Count == 1 ? "1 host" : $"{report.Hosts.Count} hosts";
        var vms = report.Unclaimed.Count == 1 ? "1 unclaimed VM" : $"{report.Unclaimed.Count} unclaimed VMs";
        return $"L2 drift: {hosts}: {report.Count(HostDriftState.Matches)} matches, {report.Count(HostDriftState.Differs)} differs, " +
               $"{report.Count(HostDriftState.Missing)} missing, {report.Count(HostDriftState.Unknown)} unknown; {vms}";
    }

    private static Table HostsTable(DriftReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("L2 drift");
        table.AddColumn("Persona");
        table.AddColumn("Host");
        table.AddColumn("Node");
        table.AddColumn("State");
        table.AddColumn("VMID");
        table.AddColumn("Detail");
        foreach (var host in report.Hosts)
        {
            table.AddRow(
                new Text(host.Persona.ToString()),
                new Text(host.Host),
                new Text(host.Node),
                new Markup(StateMarkup(host.State)),
                new Text(host.VmId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"),
                new Text(Detail(host)));
        }

        return table;
    }

    private static Table UnclaimedTable(DriftReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("VMs with a persona's tags that no spec names");
        table.AddColumn("Persona");
        table.AddColumn("Node");
        table.AddColumn("VMID");
        table.AddColumn("Name");
        table.AddColumn("Tags");
        foreach (var vm in report.Unclaimed)
        {
            table.AddRow(
                new Text(vm.Persona.ToString()),
                new Text(vm.Node),
                new Text(vm.VmId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(vm.Name),
                new Text(ProxmoxTags.Show(vm.Tags)));
        }

        return table;
    }

    private static string Detail(HostDrift host) => host.State switch
    {
        HostDriftState.Differs => string.Join("; ", host.Differences),
        HostDriftState.Missing => "Terraform would create it",
        HostDriftState.Unknown => host.Reason ?? string.Empty,
        _ => string.Empty,
    };

    private static string StateMarkup(HostDriftState state) => state switch
    {
        HostDriftState.Matches => "[green]MATCHES[/]",
        HostDriftState.Differs => "[yellow]DIFFERS[/]",
        HostDriftState.Missing => "[blue]MISSING[/]",
        _ => "[grey]UNKNOWN[/]",
    };
}
