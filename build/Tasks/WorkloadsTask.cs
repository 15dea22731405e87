using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("Workloads")]
[TaskDescription("L4: converge the workloads")]
[IsDependentOn(typeof(OsTask))]
public sealed class WorkloadsTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => throw LayerNotAvailable.Error("L4", "Workloads");
}
