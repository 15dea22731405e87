using Cake.Frosting;

namespace HomeLab.Build.Tasks;

/// <summary>L1: BuildTemplates, then PromoteStable. The layer itself does nothing more.</summary>
[TaskName("Templates")]
[TaskDescription("L1: build or update the VM templates and ISOs, then promote them to stable")]
[IsDependentOn(typeof(PromoteStableTask))]
public sealed class TemplatesTask : FrostingTask<BuildContext>
{
}
