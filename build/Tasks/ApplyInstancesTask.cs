using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L2.Instances.Terraform;
using HomeLab.Secrets;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L2, second half: applies exactly the plans <see cref="PlanInstancesTask"/> saved in this run, one persona at a
/// time. Only with APPLY=1 (or --apply); otherwise it is skipped and L2 only plans.
/// </summary>
[TaskName("ApplyInstances")]
[TaskDescription("L2: apply the saved plans (APPLY=1 or --apply; --destroy also needs --confirm=<os>/<persona>)")]
[IsDependentOn(typeof(PlanInstancesTask))]
public sealed class ApplyInstancesTask(SecretRedactor redactor) : FrostingTask<BuildContext>
{
    public const string PlanOnly = "plan only; set APPLY=1 to apply";

    /// <summary>
    /// Applies when asked. Cake fails a run when a task named as a target is skipped by its criteria, and
    /// <c>--target=L2 --exclusive</c> names this one (see <see cref="TargetAliases.LayerParts"/>): there a plan-only
    /// run comes in and says "plan only" itself instead of failing after a good plan.
    /// </summary>
    public override bool ShouldRun(BuildContext context) => IsAsked(context) || IsTarget(context);

    public override string SkippedMessage => PlanOnly;

    public override void Run(BuildContext context)
    {
        if (!IsAsked(context))
        {
            context.Log.Information($"ApplyInstances: {PlanOnly}.");
            return;
        }

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

    /// <summary>APPLY=1 or --apply.</summary>
    internal static bool IsAsked(BuildContext context) => context.Settings.Apply || Switches.IsOn(context.Arguments, "apply");

    private static bool IsTarget(BuildContext context) =>
        context.Arguments.GetArguments("target").Contains("ApplyInstances", StringComparer.OrdinalIgnoreCase);
}
