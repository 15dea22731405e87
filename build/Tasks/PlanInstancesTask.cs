using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using HomeLab.L2.Instances;
using HomeLab.L2.Instances.Drift;
using HomeLab.L2.Instances.Hosts;
using HomeLab.L2.Instances.Roots;
using HomeLab.L2.Instances.Terraform;
using HomeLab.L2.Instances.Validation;
using HomeLab.Secrets;
using HomeLab.Tools.Terraform;
using HomeLab.Tools.WhatIf;
using Spectre.Console;

namespace HomeLab.Build.Tasks;

/// <summary>
/// L2, first half: checks every persona spec against the lab and Proxmox, reports drift, then plans each persona's
/// Terraform root (several at once) and saves the plans for <see cref="ApplyInstancesTask"/>. Changes nothing.
/// </summary>
[TaskName("PlanInstances")]
[TaskDescription("L2: check the persona specs, report drift, and plan each persona with Terraform")]
[IsDependentOn(typeof(TemplatesTask))]
public sealed class PlanInstancesTask(IAnsiConsole console, SecretRedactor redactor, SuccessExitCode exitCode) : AsyncFrostingTask<BuildContext>, IWhatIf
{
    public override async Task RunAsync(BuildContext context)
    {
        var arguments = InstanceArguments.From(context.Arguments);
        var result = await ValidateAsync(context, arguments);
        if (arguments.DriftOnly)
        {
            context.Log.Information("--drift-only: the specs are checked and the drift is reported; no terraform runs.");
            return;
        }

        if (result.Roots.Count == 0)
        {
            context.Log.Warning("No personas to plan: the lab has no infra/os/<os>/personas/<persona>/spec/terraform.json.");
            return;
        }

        var applying = ApplyInstancesTask.IsAsked(context);
        if (applying && arguments.Destroy && arguments.UnconfirmedDestroy(result.Roots.Select(root => root.Persona)) is { } unconfirmed)
        {
            throw new CakeException(unconfirmed);
        }

        var settings = InstanceSettings.From(context, arguments, redactor);
        if (settings.Variables.Problem is { } missing)
        {
            throw new CakeException(missing);
        }

        if (!context.TerraformIsAvailable())
        {
            CannotPlan(context, result, settings, applying, "terraform was not found on PATH; L2 needs it: install Terraform 1.6 or later.");
            return;
        }

        var renderer = new PlanConsoleRenderer(console);
        var plans = await new InstancePlanner(context, settings).PlanAsync(result.Roots, renderer.RenderPersona);
        renderer.RenderSummary(plans, arguments.Destroy);
        context.PlannedInstances.AddRange(plans.Where(plan => plan.Succeeded));

        var failed = plans.Where(plan => !plan.Succeeded).ToList();
        if (failed.Count > 0 && failed.All(plan => plan.ProvidersUnavailable))
        {
            CannotPlan(context, result, settings, applying,
                $"terraform could not install the providers of {string.Join(", ", failed.Select(plan => plan.Root.Persona))} (no network to the registry?); "
                + "run terraform init there once with network, or mirror the providers.");
            return;
        }

        if (failed.Count > 0)
        {
            throw new CakeException($"L2 plan failed for {string.Join(", ", failed.Select(plan => plan.Root.Persona))}: {failed[0].Failure}");
        }

        if (arguments.DetailedExitCode && !applying && plans.Any(plan => plan.HasChanges))
        {
            exitCode.Code = 2;
        }
    }

    /// <summary>The terraform commands of each selected persona; the specs' checks against Proxmox and the drift are not run.</summary>
    IReadOnlyList<PlanStep> IWhatIf.WhatIf(BuildContext context)
    {
        var arguments = InstanceArguments.From(context.Arguments);
        var steps = new List<PlanStep>
        {
            PlanStep.Note("check the persona specs against the lab and Proxmox (GET /nodes and each node's VMs), report the drift, "
                + "write artifacts/l2/hosts.json and drift.json; not in a dry run"),
        };
        if (arguments.DriftOnly)
        {
            steps.Add(PlanStep.Note("--drift-only: no terraform runs"));
            return steps;
        }

        var (roots, problems) = Roots(context, arguments);
        var (settings, missing) = InstancePreviewSettings.From(context, arguments, redactor);
        steps.AddRange(missing);
        steps.AddRange(problems);
        steps.AddRange(new InstancePreview(context, settings).Plan(roots));
        if (roots.Count == 0)
        {
            steps.Add(PlanStep.Note("no personas to plan: the lab has no infra/os/<os>/personas/<persona>/spec/terraform.json with a Terraform root"));
        }

        return steps;
    }

    /// <summary>The selected personas' roots, from the lab's files alone.</summary>
    internal static (IReadOnlyList<TerraformRoot> Roots, IReadOnlyList<PlanStep> Problems) Roots(BuildContext context, InstanceArguments arguments)
    {
        try
        {
            return InstancePreview.Roots(context.Lab, arguments.Personas, context.Settings.TerraformBaseDirectory);
        }
        catch (ArgumentException error)
        {
            throw new CakeException(error.Message);
        }
    }

    private async Task<PreTerraformResult> ValidateAsync(BuildContext context, InstanceArguments arguments)
    {
        using var client = ProxmoxConnection.Open(context);
        var result = await new PreTerraformValidator(context.Lab, client).RunAsync(new PreTerraformOptions
        {
            Personas = arguments.Personas,
            TerraformBaseDirectory = context.Settings.TerraformBaseDirectory,
        });

        var artifacts = context.ArtifactsDirectory.Combine("l2").FullPath;
        if (result.Drift is { } drift)
        {
            new DriftConsoleRenderer(console).Render(drift);
            DriftJsonWriter.Write(Path.Combine(artifacts, "drift.json"), drift, DateTimeOffset.UtcNow);
        }

        HostsFileWriter.Write(Path.Combine(artifacts, "hosts.json"), result.AllSpecs);
        foreach (var problem in result.Problems)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem.ToString())}[/]");
        }

        return result.IsValid
            ? result
            : throw new CakeException($"L2 Instances: {Count(result.Problems.Count, "problem")} in the persona specs (listed above); nothing was planned.");
    }

    // Without terraform (or its providers) L2 still shows exactly what it would run; a simulation is OK with that.
    private static void CannotPlan(BuildContext context, PreTerraformResult result, TerraformRunSettings settings, bool applying, string reason)
    {
        foreach (var root in result.Roots)
        {
            var persona = new PersonaTerraform(root, settings);
            context.Log.Information($"{root.Persona}: L2 would run:");
            var commands = new List<TerraformCommand>
            {
                context.TerraformDescribe(persona.Init()),
                context.TerraformDescribe(persona.Validate()),
                context.TerraformDescribe(persona.Plan()),
                context.TerraformDescribe(persona.Show()),
            };
            if (applying)
            {
                commands.Add(context.TerraformDescribe(persona.Apply()));
                commands.Add(context.TerraformDescribe(persona.Output()));
            }

            foreach (var command in commands)
            {
                context.Log.Information($"  {command}");
            }
        }

        if (!context.IsSimulation)
        {
            throw new CakeException(reason);
        }

        context.Log.Warning($"Note: {reason} (--simulate: the specs, drift and commands above are what this rehearsal can show).");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
