using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Cake.Frosting;

/// <summary>Spectre's help, followed by the build's own options (<see cref="HostOptionCatalogue"/>), one line each.</summary>
internal sealed class CatalogueHelpProvider(ICommandAppSettings settings, HostOptionCatalogue catalogue) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var footer = base.GetFooter(model, command).ToList();
        if (catalogue.Options.Count == 0)
        {
            return footer;
        }

        var grid = new Grid();
        grid.AddColumn(new GridColumn { Padding = new Padding(4, 0, 6, 0) });
        grid.AddColumn(new GridColumn { Padding = new Padding(0, 0, 0, 0) });
        foreach (var option in catalogue.Options)
        {
            grid.AddRow(new Text(option.Usage), new Text(option.Description));
        }

        return
        [
            new Text(Environment.NewLine),
            new Text(catalogue.Heading + ":", new Style(Color.Yellow, decoration: Decoration.Bold)),
            new Text(Environment.NewLine),
            grid,
            .. footer,
        ];
    }
}
