using Cake.Core;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L3's or L4's Ansible converge: the layer's <c>converge.yaml</c> for the group, tags, limit and check mode asked
/// for; a preview under --simulate, its commands under --dryrun. <see cref="OsTask"/> and <see cref="ConvergeWorkloadsTask"/> differ
/// only in their layer.
/// </summary>
public abstract class LayerConvergeTask(IAnsiConsole console, SecretRedactor redactor, ConvergeLayer layer) : FrostingTask<BuildContext>, IWhatIf, ICriteriaDescription
{
    public string DescribeCriteria(ICakeContext context) => ConvergeCriteria.Describe(context.Arguments);

    public override bool ShouldRun(BuildContext context) => ConvergeCriteria.ShouldConverge(context);

    public override string SkippedMessage => ConvergeCriteria.SkippedMessage;

    public override void Run(BuildContext context) => Converge(context, ConvergeStep.IsPreview(context));

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var arguments = ConvergeArguments.From(context, layer);
        return new ConvergeStep(context, console, redactor).WhatIf(layer.ToString(), arguments.Group, group => Request(arguments, group));
    }

    private void Converge(BuildContext context, bool preview)
    {
        var arguments = ConvergeArguments.From(context, layer);
        new ConvergeStep(context, console, redactor).Execute(
            layer.ToString(),
            arguments.Group,
            group => Request(arguments, group),
            preview);
    }

    private ConvergeRequest Request(ConvergeArguments arguments, string group) => new()
    {
        Layer = layer,
        Group = group,
        Tags = arguments.Tags,
        Limit = arguments.Limit,
        Check = arguments.Check,
    };
}
