using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("OS")]
[TaskDescription("L3: converge the operating systems")]
[IsDependentOn(typeof(InstancesTask))]
public sealed class OsTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => throw LayerNotAvailable.Error("L3", "OS");
}
