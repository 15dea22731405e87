using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L1.Templates;
using HomeLab.Manifests;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L1, first half: builds the templates and ISOs, one artifact manifest per build. When L1 is the target (or with
/// --rebuild-templates) every selected OS is built; when L1 only runs below a higher layer, an OS is built only when
/// its stable template is missing or no longer on Proxmox.
/// </summary>
[TaskName("BuildTemplates")]
[TaskDescription("L1: build OS templates and ISOs, writing a timestamped artifact manifest for each")]
[IsDependentOn(typeof(RunwayTask))]
public sealed class BuildTemplatesTask(IAnsiConsole console, SecretRedactor redactor) : AsyncFrostingTask<BuildContext>, IWhatIf
{
    private static readonly string[] L1Targets = ["Templates", "BuildTemplates", "PromoteStable"];

    public override async Task RunAsync(BuildContext context)
    {
        var selection = TemplateSelection.Choose(context.Lab, LabSelection.OperatingSystems(context), LabSelection.NamesOperatingSystems(context));
        foreach (var line in selection.SkipLines)
        {
            context.Log.Information(line);
        }

        var operatingSystems = selection.ToBuild;
        if (operatingSystems.Count == 0)
        {
            if (selection.WithoutTemplate.Count == 0)
            {
                context.Log.Warning($"No templates to build: {context.LabDirectory} has no infra/os/<os>/template.json.");
            }

            return;
        }

        var settings = TemplateSettings.From(context.Settings, context.IsSimulation) with { Redactor = redactor };
        using var client = ProxmoxConnection.Open(context);
        var run = new TemplateBuildRun(context.Lab, client, context, console, settings);
        var outcomes = await run.BuildAsync(operatingSystems, Mode(context));

        foreach (var outcome in outcomes)
        {
            context.Log.Information($"{outcome.Os}: {outcome.Message}");
        }

        context.BuiltTemplates.AddRange(outcomes.Where(outcome => outcome.Built));
    }

    /// <summary>Per OS, whether it would be built and its builder's API calls; Proxmox is not asked.</summary>
    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var operatingSystems = LabSelection.OperatingSystems(context);
        if (operatingSystems.Count == 0)
        {
            return [PlanStep.Note($"nothing to build: {context.LabDirectory} has no infra/os/<os>/template.json")];
        }

        try
        {
            // A value the run would fail without is named as missing rather than failing the preview.
            var lab = context.Settings;
            var settings = TemplateSettings.From(
                lab with { Node = lab.Node ?? "<PVE_NODE not set>", StorageVm = lab.StorageVm ?? "<PVE_STORAGE_VM not set>" }, context.IsSimulation);
            return TemplateBuildPreview.Plan(context.Lab, operatingSystems, Mode(context), settings);
        }
        catch (ManifestException error)
        {
            throw new Cake.Core.CakeException(error.Message);
        }
    }

    private static BuildMode Mode(BuildContext context)
    {
        var targets = context.Arguments.GetArguments("target");
        return Switches.IsOn(context.Arguments, "rebuild-templates")
            || targets.Any(target => L1Targets.Contains(target, StringComparer.OrdinalIgnoreCase))
                ? BuildMode.Always
                : BuildMode.WhenRequired;
    }
}
