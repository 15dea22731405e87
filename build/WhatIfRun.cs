using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build;

/// <summary>
/// The dry run's plan: for each task Cake would execute, in order, whether its criteria let it run and, if so, what it
/// would do (<see cref="IWhatIf"/>). Printed before Cake's own numbered list, and written to <c>artifacts/whatif.json</c>.
/// </summary>
internal sealed class WhatIfRun(IEnumerable<IFrostingTask> tasks)
{
    public void Show(BuildContext context, IEnumerable<ICakeTaskInfo> toExecute)
    {
        var plans = toExecute.Select(info => PlanOf(context, info)).ToList();
        foreach (var line in WhatIfText.Lines(plans))
        {
            context.Log.Information(line);
        }

        var json = context.ArtifactsDirectory.CombineWithFilePath(WhatIfJson.FileName);
        var targets = context.Arguments.HasArgument("target") ? context.Arguments.GetArguments("target").ToList() : ["Default"];
        WhatIfJson.Write(json.FullPath, targets, plans, DateTimeOffset.UtcNow);
        context.Log.Information($"Wrote {context.Environment.WorkingDirectory.GetRelativePath(json)}.");
    }

    private TaskPlan PlanOf(BuildContext context, ICakeTaskInfo info)
    {
        var task = tasks.FirstOrDefault(candidate => string.Equals(candidate.GetTaskName(), info.Name, StringComparison.OrdinalIgnoreCase));
        if (task is null)
        {
            return new TaskPlan(info.Name, [PlanStep.Note(info.Description ?? "a task of the engine's own")]);
        }

        if (!task.ShouldRun(context))
        {
            return new TaskPlan(info.Name, [], string.IsNullOrEmpty(task.SkippedMessage) ? "its criteria are not met" : task.SkippedMessage);
        }

        if (task is IWhatIf whatIf)
        {
            return new TaskPlan(info.Name, whatIf.WhatIf(context));
        }

        // A layer's own task only closes the layer; any other task says at least what it is for.
        return info is CakeTask { Actions.Count: 0 } || string.IsNullOrEmpty(info.Description)
            ? new TaskPlan(info.Name, [])
            : new TaskPlan(info.Name, [PlanStep.Note(info.Description)]);
    }
}
