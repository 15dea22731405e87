using HomeLab.Manifests;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L1.Templates;

/// <summary>
/// What <see cref="TemplateBuildRun"/> would do for some OSes, without running anything or asking Proxmox: per OS,
/// whether it would be built and the API calls and commands of its builder. What only Proxmox knows (the next free
/// VMID; whether a stable template is still there) is named as unknown.
/// </summary>
public static class TemplateBuildPreview
{
    /// <exception cref="ManifestException">An OS's template.json cannot be read (one line naming the file).</exception>
    public static IReadOnlyList<PlanStep> Plan(LabManifests lab, IReadOnlyList<string> oses, BuildMode mode, TemplateBuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(oses);
        ArgumentNullException.ThrowIfNull(settings);
        return oses.SelectMany(os => PlanOne(lab, lab.ReadTemplate(os), mode, settings)).ToList();
    }

    private static IEnumerable<PlanStep> PlanOne(LabManifests lab, TemplateDefinition template, BuildMode mode, TemplateBuildSettings settings)
    {
        var heading = $"{template.Os} ({template.Kind.ToWireName()})";
        if (mode == BuildMode.WhenRequired)
        {
            var decided = BuildRequirement.DecideLocally(lab, template, out _, out var stableFile);
            yield return decided is { } needed
                ? PlanStep.Note($"{heading}: build, because {needed.Reason}")
                : PlanStep.Note($"{heading}: build only if what {stableFile} names is no longer on node '{settings.Node}' "
                    + "(a dry run does not ask Proxmox); the build would be:");
        }
        else
        {
            yield return PlanStep.Note($"{heading}: build");
        }

        var display = lab.Layout.Display(template.TemplateFile);
        var steps = template switch
        {
            CloudImageTemplate cloudImage => CloudImagePreview.Steps(cloudImage, settings, display),
            IsoTemplate iso => IsoPreview.Steps(iso, settings, lab.Layout),
            PackerTemplate packer => PackerPreview.Steps(packer, settings, lab.Layout),
            _ => [PlanStep.Note($"{heading}: no builder for this kind")],
        };
        foreach (var step in steps)
        {
            yield return step;
        }
    }
}
