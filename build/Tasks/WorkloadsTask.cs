using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>L4: ConvergeWorkloads (Ansible), then DeployStacks (Compose). The layer itself does nothing more.</summary>
[TaskName("Workloads")]
[TaskDescription("L4: converge the workloads of --group (or a --workload preset) and deploy each --stack")]
[IsDependentOn(typeof(DeployStacksTask))]
public sealed class WorkloadsTask : FrostingTask<BuildContext>
{
}
