using Cake.Core;
using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Runs <c>ansible/l3/reboot.yaml</c> for <c>--group</c> with <c>--action</c> (REBOOT_ACTION; dryrun by default)
/// mapped as the original did. An operation, not a layer: it needs only the secrets.
/// </summary>
[TaskName("Reboot")]
[TaskDescription("Reboot --group where required: --action=dryrun (default, report only), check, or force (every host, one at a time)")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class RebootTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IDryRunPreview
{
    public override void Run(BuildContext context) => Reboot(context, ConvergeStep.IsPreview(context));

    void IDryRunPreview.PreviewDryRun(BuildContext context) => Reboot(context, preview: true);

    private void Reboot(BuildContext context, bool preview)
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
        new ConvergeStep(context, console, redactor).Execute(
            "Reboot", arguments.Group, group => ConvergeRequest.Reboot(group, action, arguments.Tags, arguments.Limit), preview);
    }
}
