using HomeLab.L3.OS;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build;

/// <summary>L3's or L4's converge: the layer's <c>converge.yaml</c> for the group, tags, limit and check mode asked for.</summary>
internal static class LayerConverge
{
    public static void Run(BuildContext context, IAnsiConsole console, SecretRedactor redactor, ConvergeLayer layer, bool preview)
    {
        var arguments = ConvergeArguments.From(context, layer);
        new ConvergeStep(context, console, redactor).Execute(
            layer.ToString(),
            arguments.Group,
            group => new ConvergeRequest
            {
                Layer = layer,
                Group = group,
                Tags = arguments.Tags,
                Limit = arguments.Limit,
                Check = arguments.Check,
            },
            preview);
    }
}
