using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>L2: PlanInstances, then ApplyInstances. The layer itself does nothing more.</summary>
[TaskName("Instances")]
[TaskDescription("L2: create and change the virtual machines from the persona specs with Terraform; plans unless APPLY=1")]
[IsDependentOn(typeof(ApplyInstancesTask))]
public sealed class InstancesTask : FrostingTask<BuildContext>
{
}
