using Cake.Frosting;

namespace HomeLab.Build.Tasks;

[TaskName("Workloads")]
[TaskDescription("L4: converge the workloads")]
[IsDependentOn(typeof(DeployStacksTask))]
public sealed class WorkloadsTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        // --stack alone: DeployStacks did the layer's work.
        if (!StackArguments.OnlyStacks(context.Arguments))
        {
            throw LayerNotAvailable.Error("L4", "Workloads");
        }
    }
}
