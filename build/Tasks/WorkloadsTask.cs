using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>L4: ConvergeWorkloads. The layer itself does nothing more.</summary>
[TaskName("Workloads")]
[TaskDescription("L4: converge the workloads of --group, or one preset with --workload=<name>")]
[IsDependentOn(typeof(ConvergeWorkloadsTask))]
public sealed class WorkloadsTask : FrostingTask<BuildContext>
{
}
