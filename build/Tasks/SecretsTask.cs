using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace HomeLab.Build.Tasks;

// Placeholder so the graph is complete; its real body loads the Doppler secrets.
[TaskName("Secrets")]
[TaskDescription("Load secrets from Doppler into the environment")]
public sealed class SecretsTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => context.Log.Information("Secrets: nothing to load yet.");
}
