using Cake.Frosting;
using HomeLab.Clean;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Returns the working copy to a fresh-checkout state. Local only: it never touches remote systems, secrets or
/// Terraform state. Under --dryrun it lists what it would remove and keep instead.
/// </summary>
[TaskName("Clean")]
[TaskDescription("Remove generated files; keep tracked files, Terraform state, .env and Doppler config")]
public sealed class CleanTask : FrostingTask<BuildContext>, IWhatIf
{
    public override void Run(BuildContext context) => context.CleanWorkspace();

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var result = new WorkspaceCleaner(context).Run(context.Environment.WorkingDirectory, dryRun: true);
        var steps = result.Plan.ToRemove.Select(entry => PlanStep.Note($"remove {entry.Display} ({entry.Reason})"))
            .Concat(result.Plan.Kept.Select(kept => PlanStep.Note($"keep {kept.Path} ({kept.Reason})")))
            .ToList();
        steps.Add(PlanStep.Note(result.Summary));
        return steps;
    }
}
