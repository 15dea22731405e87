using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("Templates")]
[TaskDescription("L1: build or update the VM templates")]
[IsDependentOn(typeof(RunwayTask))]
public sealed class TemplatesTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => throw LayerNotAvailable.Error("L1", "Templates");
}
