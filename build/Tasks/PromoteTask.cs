using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L1.Templates;
using HomeLab.Manifests;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build.Tasks;

/// <summary>
/// Controlled promotion: points one OS's stable manifest at an artifact built earlier (<c>--artifact=&lt;file&gt;</c>),
/// after checking that its template still exists on Proxmox, or back at the one stable before (<c>--previous</c>).
/// </summary>
[TaskName("Promote")]
[TaskDescription("Promote an existing artifact to stable (--os=<os> --artifact=<file>), or roll back (--previous)")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class PromoteTask : AsyncFrostingTask<BuildContext>, IWhatIf
{
    public override async Task RunAsync(BuildContext context)
    {
        var (os, previous, artifact) = Asked(context);

        PromotionResult result;
        if (previous)
        {
            result = context.Lab.PromotePrevious(os);
        }
        else
        {
            var manifest = context.Lab.ReadArtifact(os, artifact!);
            using var client = ProxmoxConnection.Open(context);
            if (await TemplatePresence.ProblemAsync(client, manifest) is { } problem)
            {
                throw new CakeException($"Not promoting {os}/{artifact}: {problem}");
            }

            result = context.Lab.Promote(os, artifact!);
        }

        context.Log.Information(result.Describe());
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var (os, previous, artifact) = Asked(context);
        if (previous)
        {
            return [PlanStep.Note($"point {os}'s stable manifest back at the artifact that was stable before (spec/promotions.log), and log it")];
        }

        var manifest = context.Lab.ReadArtifact(os, artifact!);
        return
        [
            PlanStep.Note($"check that what {artifact} names (VMID {manifest.Vmid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, "
                + $"ISO {manifest.IsoName ?? "-"}) is still on Proxmox, GET only; not asked in a dry run"),
            PlanStep.Note($"point {os}'s stable manifest at {artifact}, and log it in spec/promotions.log"),
        ];
    }

    private static (string Os, bool Previous, string? Artifact) Asked(BuildContext context)
    {
        var os = LabSelection.SingleOperatingSystem(context);
        var previous = Switches.IsOn(context.Arguments, "previous");
        var artifact = context.Arguments.HasArgument("artifact") ? context.Arguments.GetArgument("artifact") : null;
        if (previous == (artifact is not null))
        {
            throw new CakeException("Say what to promote: --artifact=<file> (see --target=List-Templates), or --previous to roll back.");
        }

        return (os, previous, artifact);
    }
}
