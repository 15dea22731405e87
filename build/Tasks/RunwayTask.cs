using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L0.Runway;
using HomeLab.L0.Runway.Output;
using HomeLab.L0.Runway.Tools;
using HomeLab.Secrets;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L0: checks, read-only, everything the later layers assume, and fails at the end with every reason. A missing tool
/// fails it only when a layer this run reaches needs it; otherwise it is a warning naming that layer.
/// Writes artifacts/l0/runway_manifest.json and the raw API answers beside it.
/// </summary>
[TaskName("Runway")]
[TaskDescription("L0: validate the environment, Proxmox and the tools, read-only")]
[IsDependentOn(typeof(SecretsTask))]
public sealed class RunwayTask(IAnsiConsole console, DopplerSwitch doppler, SecretRedactor redactor) : AsyncFrostingTask<BuildContext>, IWhatIf
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = new RunwayOptions
        {
            SkipTools = Switches.IsOn(context.Arguments, "skip-tools"),
            ReachedLayers = ReachedLayers.Of(context.TasksToExecute),
            Simulation = context.IsSimulation,
            DopplerEnabled = doppler.Decision.UseDoppler,
            Redactor = redactor,
            Needs = LabNeeds.For(context),
        };
        var toolVersions = ToolVersionCache.Load(context.Environment.WorkingDirectory.CombineWithFilePath(".cache/tool-versions.json").FullPath);
        var result = await RunwayRunner.For(context, context.Settings, options, toolVersions).RunAsync();
        toolVersions.Save();

        var output = context.ArtifactsDirectory.Combine("l0");
        new RunwayManifestWriter().Write(output.FullPath, result);
        new RunwayConsoleRenderer(console).Render(result, quiet: context.Log.Verbosity == Verbosity.Quiet);

        if (!result.IsOk)
        {
            var reasons = result.Failures.Count == 1 ? "1 reason" : $"{result.Failures.Count} reasons";
            throw new CakeException($"L0 Runway failed ({reasons} above); see {context.Environment.WorkingDirectory.GetRelativePath(output.CombineWithFilePath("runway_manifest.json"))}.");
        }
    }

    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var node = context.Settings.Node ?? "<PVE_NODE>";
        return
        [
            PlanStep.Note("check the lab's variables (PVE_ACCESS_HOST, PM_TOKEN_ID, PM_TOKEN_SECRET, PVE_NODE, PVE_STORAGE_VM and the optional ones)"),
            PlanStep.Note($"read the Proxmox API at {context.Settings.AccessHost ?? "<PVE_ACCESS_HOST>"}, GET only: /version, /nodes, /access/permissions, "
                + $"/nodes/{node}/network, /nodes/{node}/storage and each storage's status"),
            PlanStep.Note(Switches.IsOn(context.Arguments, "skip-tools")
                ? "leave the tool check out (--skip-tools)"
                : "ask terraform, packer, ansible-playbook and ssh for their versions"),
            PlanStep.Note("write artifacts/l0/runway_manifest.json and the API's answers beside it"),
        ];
    }
}
