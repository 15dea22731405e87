using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("Instances")]
[TaskDescription("L2: create and change the virtual machines")]
[IsDependentOn(typeof(TemplatesTask))]
public sealed class InstancesTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => throw LayerNotAvailable.Error("L2", "Instances");
}
