using Cake.Core;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Runs <c>ansible/l3/reboot.yaml</c> for <c>--group</c> with <c>--action</c> (REBOOT_ACTION; dryrun by default)
/// mapped as the original did. An operation, not a layer: it needs only the secrets.
/// </summary>
[TaskName("Reboot")]
[TaskDescription("Reboot --group where required: --action=dryrun (default, report only), check, or force (every host, one at a time)")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class RebootTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IWhatIf
{
    public override void Run(BuildContext context)
    {
        var (group, request) = Ask(context);
        new ConvergeStep(context, console, redactor).Execute("Reboot", group, request, ConvergeStep.IsPreview(context));
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var (group, request) = Ask(context);
        return new ConvergeStep(context, console, redactor).WhatIf("Reboot", group, request);
    }

    private static (string? Group, Func<string, ConvergeRequest> Request) Ask(BuildContext context)
    {
        RebootAction action;
        try
        {
            action = RebootAction.Parse(ConvergeArguments.Last(context.Arguments, "action") ?? context.Settings.RebootAction);
        }
        catch (ArgumentException ex)
        {
            throw new CakeException(ex.Message);
        }

        var arguments = ConvergeArguments.From(context, ConvergeLayer.L3);
        return (arguments.Group, group => ConvergeRequest.Reboot(group, action, arguments.Tags, arguments.Limit));
    }
}
