using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L2.Instances.Terraform;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L2, second half: applies exactly the plans <see cref="PlanInstancesTask"/> saved in this run, one persona at a
/// time. Only with APPLY=1 (or --apply); otherwise it is skipped and L2 only plans.
/// </summary>
[TaskName("ApplyInstances")]
[TaskDescription("L2: apply the saved plans (APPLY=1 or --apply; --destroy also needs --confirm=<os>/<persona>)")]
[IsDependentOn(typeof(PlanInstancesTask))]
public sealed class ApplyInstancesTask(SecretRedactor redactor) : FrostingTask<BuildContext>, IWhatIf, ICriteriaDescription
{
    public string DescribeCriteria(ICakeContext context) => Switches.IsOn(context.Arguments, "apply")
        ? "--apply"
        : $"{HomeLab.Configuration.LabVariables.Apply}={(((BuildContext)context).Settings.Apply ? "1" : "0")}";

    public const string PlanOnly = "plan only; set APPLY=1 to apply";

    public override bool ShouldRun(BuildContext context) => IsAsked(context);

    public override string SkippedMessage => PlanOnly;

    public override void Run(BuildContext context)
    {
        if (context.PlannedInstances.Count == 0)
        {
            context.Log.Information("Nothing to apply: no persona was planned in this run.");
            return;
        }

        var arguments = InstanceArguments.From(context.Arguments);
        var written = new InstanceApplier(context, InstanceSettings.From(context, arguments, redactor)).Apply(context.PlannedInstances);
        foreach (var file in written)
        {
            context.Log.Information($"Wrote {context.Environment.WorkingDirectory.GetRelativePath(new Cake.Core.IO.FilePath(file))}.");
        }
    }

    /// <summary>Applying each plan PlanInstances would save; whether a persona has changes only the plan can say.</summary>
    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var arguments = InstanceArguments.From(context.Arguments);
        var (roots, _) = PlanInstancesTask.Roots(context, arguments);
        if (arguments.Destroy && arguments.UnconfirmedDestroy(roots.Select(root => root.Persona)) is { } unconfirmed)
        {
            throw new Cake.Core.CakeException(unconfirmed);
        }

        var (settings, _) = InstancePreviewSettings.From(context, arguments, redactor);
        return new InstancePreview(context, settings).Apply(roots);
    }

    /// <summary>APPLY=1 or --apply.</summary>
    internal static bool IsAsked(BuildContext context) => context.Settings.Apply || Switches.IsOn(context.Arguments, "apply");
}
