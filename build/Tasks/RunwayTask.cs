using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace HomeLab.Build.Tasks;

// Placeholder so the graph is complete; its real body validates the environment and Proxmox.
[TaskName("Runway")]
[TaskDescription("L0: validate the environment and Proxmox, read-only")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class RunwayTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => context.Log.Information("Runway: no checks yet.");
}
