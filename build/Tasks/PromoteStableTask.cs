using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Configuration;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L1, second half: points each stable manifest at the artifact this run built. UPDATE_STABLE, unset or exactly
/// <c>yes</c>, allows it; any other value leaves every stable manifest as it is, for a controlled promotion later.
/// </summary>
[TaskName("PromoteStable")]
[TaskDescription("L1: point the stable manifests at the new builds (UPDATE_STABLE=yes, the default)")]
[IsDependentOn(typeof(BuildTemplatesTask))]
public sealed class PromoteStableTask : FrostingTask<BuildContext>, IWhatIf, ICriteriaDescription
{
    // Unset means yes.
    public string DescribeCriteria(ICakeContext context) => $"{LabVariables.UpdateStable}={((BuildContext)context).Settings.UpdateStable ?? "yes"}";

    // Read when the task is reached, after Secrets, so a value kept in Doppler counts; Cake's skip reason is fixed
    // when the task is registered, so the value itself is logged here.
    public override bool ShouldRun(BuildContext context)
    {
        var settings = context.Settings;
        if (!settings.PromotesStable)
        {
            context.Log.Information($"{LabVariables.UpdateStable}={settings.UpdateStable}: stable manifests left unchanged; promote later with --target=Promote.");
        }

        return settings.PromotesStable;
    }

    public override string SkippedMessage => $"{LabVariables.UpdateStable} is not 'yes': stable manifests left unchanged";

    public override void Run(BuildContext context)
    {
        if (context.BuiltTemplates.Count == 0)
        {
            context.Log.Information("Nothing new to promote.");
            return;
        }

        foreach (var built in context.BuiltTemplates)
        {
            context.Log.Information(context.Lab.Promote(built.Os, built.Artifact!.FileName).Describe());
        }
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context) =>
    [
        PlanStep.Note("point each OS's stable manifest (infra/os/<os>/spec/) at the artifact BuildTemplates writes in this run, "
            + "and log it in spec/promotions.log; an OS that is not built keeps its stable manifest"),
    ];
}
