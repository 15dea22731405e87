using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("OS")]
[TaskDescription("L3: converge the operating systems")]
[IsDependentOn(typeof(InstancesTask))]
public sealed class OsTask : FrostingTask<BuildContext>
{
    /// <summary>Why the task is skipped when only stacks were asked for.</summary>
    public const string NothingToConverge = "no --group: nothing to converge";

    /// <summary>--stack alone (without --group or --workload) runs just the stack.</summary>
    public override bool ShouldRun(BuildContext context) => !StackArguments.OnlyStacks(context.Arguments);

    public override string SkippedMessage => NothingToConverge;

    public override void Run(BuildContext context) => throw LayerNotAvailable.Error("L3", "OS");
}
