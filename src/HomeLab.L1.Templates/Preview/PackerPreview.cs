using HomeLab.Manifests;
using HomeLab.Tools.Packer;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L1.Templates;

/// <summary>What <see cref="PackerTemplateBuilder"/> would do for a template: packer in its folder, then the VM's config.</summary>
internal static class PackerPreview
{
    public static IEnumerable<PlanStep> Steps(PackerTemplate template, TemplateBuildSettings settings, LabLayout layout)
    {
        var folder = layout.Display(template.PackerDirectory);
        if (settings.Simulation)
        {
            yield return PlanStep.Note("packer templates are not built in a simulation");
            yield break;
        }

        var variables = settings.PackerVariables;
        yield return PlanStep.Note($"packer version, then packer init (where packer has it), validate and build in {folder}; "
            + "the PVE settings reach packer only through its environment (PKR_VAR_*, PROXMOX_*"
            + (string.IsNullOrEmpty(variables.TokenSecret) ? "" : ", the token secret as [REDACTED]") + ")"
            + (template.VarFiles.Count == 0 ? "" : $"; var files {string.Join(", ", template.VarFiles)}")
            + (template.Only.Count == 0 ? "" : $"; only {string.Join(", ", template.Only)}"));
        yield return PlanStep.Note($"VMID: the artifact_id of the last run in {folder}/{PackerManifest.DefaultFileName} "
            + $"({PackerBuildPlan.SkipBuildVariable}=1 reuses the last build's without building)");
        yield return PlanStep.Call("read the template's config", "GET", PreviewPath.Of("nodes", settings.Node, "qemu", "<vmid from packer-manifest.json>", "config"));
        yield return PlanStep.Call("the Proxmox VE version, for the artifact", "GET", PreviewPath.Of("version"));
        yield return PlanStep.Note($"write infra/os/{template.Os}/artifacts/vm-template-<created_at>.json");
    }
}
