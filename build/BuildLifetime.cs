using Cake.Core;
using Cake.Frosting;
using HomeLab.Build.Tasks;

namespace HomeLab.Build;

/// <summary>Runs once around all tasks: starts and stops the simulation, and previews Clean in a dry run.</summary>
public sealed class BuildLifetime(Simulation simulation) : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        if (context.IsSimulation)
        {
            simulation.StartAsync(context.Log).GetAwaiter().GetResult();
        }

        // A dry run executes no task action, so Clean's "what would go" is listed from here.
        if (Switches.IsDryRun && info.TasksToExecute.Any(task => task.Name == "Clean"))
        {
            CleanTask.Preview(context);
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
        => simulation.Dispose();
}
