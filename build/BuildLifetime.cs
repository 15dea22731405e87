using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>
/// Runs once around all tasks: starts and stops the simulation, holds the lab lock while manifests may be
/// written, and in a dry run lets each task that would run say what it would do (<see cref="WhatIfRun"/>).
/// </summary>
public sealed class BuildLifetime(Simulation simulation, IEnumerable<IFrostingTask> tasks) : FrostingLifetime<BuildContext>
{
    private static readonly string[] ManifestWriters = ["BuildTemplates", "PromoteStable", "Promote", "PlanInstances", "ApplyInstances"];

    private LabLock? _labLock;

    public override void Setup(BuildContext context, ISetupContext info)
    {
        context.TasksToExecute = info.TasksToExecute.Select(task => task.Name).ToList();
        if (context.IsSimulation)
        {
            simulation.StartAsync(context).GetAwaiter().GetResult();
        }

        var writers = context.TasksToExecute.Intersect(ManifestWriters).ToList();
        if (writers.Count > 0 && !Switches.IsDryRun)
        {
            _labLock = LabLock.Acquire(context.LabDirectory.FullPath, string.Join(", ", writers));
            if (_labLock.Note is { } note)
            {
                context.Log.Warning(note);
            }
        }

        // A dry run executes no task action, so the tasks say what they would do from here, in the order of the run.
        if (Switches.IsDryRun)
        {
            new WhatIfRun(tasks).Show(context, info.TasksToExecute);
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
