using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L1, second half: points each stable manifest at the artifact this run built. UPDATE_STABLE, unset or exactly
/// <c>yes</c>, allows it; any other value leaves every stable manifest as it is, for a controlled promotion later.
/// </summary>
[TaskName("PromoteStable")]
[TaskDescription("L1: point the stable manifests at the new builds (UPDATE_STABLE=yes, the default)")]
[IsDependentOn(typeof(BuildTemplatesTask))]
public sealed class PromoteStableTask(ICakeEnvironment environment) : FrostingTask<BuildContext>
{
    private const string Variable = "UPDATE_STABLE";

    private readonly string? _updateStable = environment.GetEnvironmentVariable(Variable);

    public override bool ShouldRun(BuildContext context) => _updateStable is null or "yes";

    public override string SkippedMessage =>
        $"{Variable}={_updateStable}: stable manifests left unchanged; promote later with --target=Promote";

    public override void Run(BuildContext context)
    {
        if (context.BuiltTemplates.Count == 0)
        {
            context.Log.Information("Nothing new to promote.");
            return;
        }

        foreach (var built in context.BuiltTemplates)
        {
            context.Log.Information(context.Lab.Promote(built.Os, built.Artifact!.FileName).Describe());
        }
    }
}
