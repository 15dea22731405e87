using Cake.Frosting;
using HomeLab.L3.OS;
using HomeLab.Secrets;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L4, the Ansible part: converges <c>ansible/l4/converge.yaml</c> for <c>--group</c>, or for a preset's group and
/// tags with <c>--workload</c>; a preview under --dryrun and --simulate.
/// </summary>
[TaskName("ConvergeWorkloads")]
[TaskDescription("L4: converge the workloads of --group (or --workload=<preset>) with ansible/l4/converge.yaml")]
[IsDependentOn(typeof(OsTask))]
public sealed class ConvergeWorkloadsTask(IAnsiConsole console, SecretRedactor redactor) : FrostingTask<BuildContext>, IDryRunPreview
{
    public override bool ShouldRun(BuildContext context) => ConvergeCriteria.ShouldConverge(context);

    public override string SkippedMessage => ConvergeCriteria.SkippedMessage;

    public override void Run(BuildContext context) =>
        LayerConverge.Run(context, console, redactor, ConvergeLayer.L4, ConvergeStep.IsPreview(context));

    void IDryRunPreview.PreviewDryRun(BuildContext context)
    {
        if (ShouldRun(context))
        {
            LayerConverge.Run(context, console, redactor, ConvergeLayer.L4, preview: true);
        }
    }
}
