using Cake.Frosting;
using HomeLab.Clean;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Returns the working copy to a fresh-checkout state. Local only: it never touches remote systems, secrets or
/// Terraform state. Under --dryrun Cake runs no task action, so <see cref="BuildLifetime"/> has it list the plan instead.
/// </summary>
[TaskName("Clean")]
[TaskDescription("Remove generated files; keep tracked files, Terraform state, .env and Doppler config")]
public sealed class CleanTask : FrostingTask<BuildContext>, IDryRunPreview
{
    public override void Run(BuildContext context) => context.CleanWorkspace();

    void IDryRunPreview.PreviewDryRun(BuildContext context) => context.CleanWorkspace(new CleanSettings { DryRun = true });
}
