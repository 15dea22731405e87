using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Build.Tasks;
using HomeLab.Manifests;
using HomeLab.Secrets;

namespace HomeLab.Build;

/// <summary>
/// Runs once around all tasks: starts and stops the simulation, holds the lab lock while manifests may be
/// written, and previews Clean and the stacks in a dry run.
/// </summary>
public sealed class BuildLifetime(Simulation simulation, SecretRedactor redactor) : FrostingLifetime<BuildContext>
{
    private static readonly string[] ManifestWriters = ["BuildTemplates", "PromoteStable", "Promote", "PlanInstances", "ApplyInstances"];

    private LabLock? _labLock;

    public override void Setup(BuildContext context, ISetupContext info)
    {
        if (context.IsSimulation)
        {
            simulation.StartAsync(context).GetAwaiter().GetResult();
        }

        var writers = info.TasksToExecute.Select(task => task.Name).Intersect(ManifestWriters).ToList();
        if (writers.Count > 0 && !Switches.IsDryRun)
        {
            _labLock = LabLock.Acquire(context.LabDirectory.FullPath, string.Join(", ", writers));
            if (_labLock.Note is { } note)
            {
                context.Log.Warning(note);
            }
        }

        // A dry run executes no task action, so Clean's "what would go" is listed from here.
        if (Switches.IsDryRun && info.TasksToExecute.Any(task => task.Name == "Clean"))
        {
            CleanTask.Preview(context);
        }

        // Likewise the stacks' exact commands.
        if (Switches.IsDryRun && info.TasksToExecute.Any(task => task.Name == "DeployStacks"))
        {
            DeployStacksTask.Preview(context, redactor);
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        _labLock?.Dispose();
        _labLock = null;
        if (context.IsSimulation)
        {
            simulation.Finish(context);
        }
    }
}
