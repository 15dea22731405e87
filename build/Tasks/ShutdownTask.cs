using Cake.Core;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Runs <c>ansible/l3/shutdown.yaml</c> for <c>--group</c> with <c>shutdown_action=now</c>, only with
/// <c>--confirm=&lt;group&gt;</c>: without it nothing runs and the run fails. An operation, not a layer.
/// </summary>
[TaskName("Shutdown")]
[TaskDescription("Shut --group down now; needs --confirm=<group>")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class ShutdownTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IWhatIf
{
    public override void Run(BuildContext context)
    {
        var (group, request) = Ask(context);
        new ConvergeStep(context, console, redactor).Execute("Shutdown", group, request, ConvergeStep.IsPreview(context));
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var (group, request) = Ask(context);
        return new ConvergeStep(context, console, redactor).WhatIf("Shutdown", group, request);
    }

    private static (string? Group, Func<string, ConvergeRequest> Request) Ask(BuildContext context)
    {
        var arguments = ConvergeArguments.From(context, ConvergeLayer.L3);
        if (arguments.Group is { } asked && !ConvergeArguments.Values(context.Arguments, "confirm").Contains(asked, StringComparer.Ordinal))
        {
            throw new CakeException($"Not shutting down {asked}: Shutdown turns every host of the group off now; to go ahead, add --confirm={asked}.");
        }

        return (arguments.Group, group => ConvergeRequest.Shutdown(group, confirmed: true, arguments.Tags, arguments.Limit));
    }
}
