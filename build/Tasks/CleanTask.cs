using Cake.Frosting;
using HomeLab.Clean;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Returns the working copy to a fresh-checkout state. Local only: it never touches remote systems, secrets or
/// Terraform state. Under --dryrun it lists what it would remove and keep instead; it asks git (<c>git ls-files</c>) what is tracked, which changes nothing.
/// </summary>
[TaskName("Clean")]
[TaskDescription("Remove generated files; keep tracked files, Terraform state, .env and Doppler config")]
public sealed class CleanTask : FrostingTask<BuildContext>, IWhatIf
{
    public override void Run(BuildContext context) => context.CleanWorkspace();

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var result = new WorkspaceCleaner(context).Run(context.Environment.WorkingDirectory, dryRun: true);
        return result.Details().Append(result.Summary).Select(PlanStep.Note).ToList();
    }
}
