namespace HomeLab.Build;

/// <summary>
/// A task that shows what it would do under <c>--dryrun</c>, where Cake runs no task action: <see cref="BuildLifetime"/>
/// calls it, in the order of the run, for each task that would execute.
/// </summary>
internal interface IDryRunPreview
{
    void PreviewDryRun(BuildContext context);
}
