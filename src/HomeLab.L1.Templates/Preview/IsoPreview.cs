using HomeLab.Manifests;
using HomeLab.Tools;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L1.Templates;

/// <summary>What <see cref="IsoBuilder"/> would do for a template: its build_command, then the upload.</summary>
internal static class IsoPreview
{
    public static IEnumerable<PlanStep> Steps(IsoTemplate template, TemplateBuildSettings settings, LabLayout layout)
    {
        var storage = template.Storage ?? settings.IsoStorage;
        if (template.BuildCommand is { } command)
        {
            yield return settings.Simulation
                ? PlanStep.Note($"build_command is not run in a simulation: {command}")
                : PlanStep.Run("run build_command to produce the ISO", new PlannedCommand(
                    BuildCommand.Shell, BuildCommand.ArgumentsFor(command).Render(), template.OsDirectory, []));
        }

        yield return PlanStep.Note($"compute the SHA-256 of {layout.Display(template.IsoPath)}");
        yield return PlanStep.Call($"upload it as {storage}:iso/{template.TargetIsoName} (content iso, with its SHA-256), then wait for the task",
            "POST", PreviewPath.Of("nodes", settings.Node, "storage", storage, "upload"));
        yield return PlanStep.Call("the Proxmox VE version, for the artifact", "GET", PreviewPath.Of("version"));
        yield return PlanStep.Note($"write the ISO's artifact manifest under infra/os/{template.Os}/artifacts/");
    }
}
