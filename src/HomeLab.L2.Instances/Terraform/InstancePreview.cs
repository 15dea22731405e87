using Cake.Core;
using HomeLab.L2.Instances.Roots;
using HomeLab.L2.Instances.Specs;
using HomeLab.Manifests;
using HomeLab.Tools.Terraform;
using HomeLab.Tools.WhatIf;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// What L2 would run, for a dry run: each selected persona's terraform commands exactly as <see cref="InstancePlanner"/>
/// and <see cref="InstanceApplier"/> build them (<see cref="PersonaTerraform"/>, described by the wrapper, never run).
/// The roots are found from the lab's files alone; Proxmox is not asked.
/// </summary>
public sealed class InstancePreview(ICakeContext context, TerraformRunSettings settings)
{
    /// <summary>The selected personas' roots, in the lab's order, and a note for each persona that has none.</summary>
    /// <exception cref="ArgumentException">The <c>--persona</c> values name no persona of the lab (one line).</exception>
    public static (IReadOnlyList<TerraformRoot> Roots, IReadOnlyList<PlanStep> Notes) Roots(
        LabManifests manifests, IReadOnlyList<string> personas, string terraformBaseDirectory)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var lab = PersonaSpecSet.Load(manifests);
        var selection = PersonaSelector.Select(lab.Personas, personas);
        if (!selection.IsValid)
        {
            throw new ArgumentException(selection.Error);
        }

        var chosen = selection.Selected.ToHashSet();
        var locator = new TerraformRootLocator(manifests.Layout, terraformBaseDirectory);
        var problems = new List<InstanceProblem>();
        var roots = lab.Specs.Where(spec => chosen.Contains(spec.Id)).Select(spec => locator.Locate(spec, problems)).OfType<TerraformRoot>().ToList();
        var notes = problems.Select(problem => PlanStep.Note($"not planned: {problem.Message}"))
            .Concat(selection.Selected.Where(persona => !lab.Specs.Any(spec => spec.Id == persona))
                .Select(persona => PlanStep.Note($"not planned: {persona}'s spec cannot be read (the run would list the problems)")))
            .ToList();
        return (roots, notes);
    }

    /// <summary><c>init</c>, <c>validate</c>, <c>plan -out</c> and <c>show -json</c> for each root, as PlanInstances runs them.</summary>
    public IReadOnlyList<PlanStep> Plan(IEnumerable<TerraformRoot> roots) => roots.SelectMany(root =>
    {
        var persona = new PersonaTerraform(root, settings);
        return new[]
        {
            PlanStep.Run($"{root.Persona}: terraform init in {root.DisplayPath}", context.TerraformDescribe(persona.Init())),
            PlanStep.Run($"{root.Persona}: terraform validate", context.TerraformDescribe(persona.Validate())),
            PlanStep.Run($"{root.Persona}: terraform plan{(settings.Destroy ? " -destroy" : string.Empty)}, saved for ApplyInstances",
                context.TerraformDescribe(persona.Plan())),
            PlanStep.Run($"{root.Persona}: read the saved plan; write {PlanArtifactWriter.PlanFileName} under {persona.ArtifactsDirectory}",
                context.TerraformDescribe(persona.Show())),
        };
    }).ToList();

    /// <summary><c>apply</c> of the saved plan and <c>output -json</c> for each root, as ApplyInstances runs them.</summary>
    public IReadOnlyList<PlanStep> Apply(IEnumerable<TerraformRoot> roots) => roots.SelectMany(root =>
    {
        var persona = new PersonaTerraform(root, settings);
        return new[]
        {
            PlanStep.Run($"{root.Persona}: terraform apply of the plan saved in this run", context.TerraformDescribe(persona.Apply())),
            PlanStep.Run($"{root.Persona}: read the outputs; write {PlanArtifactWriter.OutputsFileName} under {persona.ArtifactsDirectory}",
                context.TerraformDescribe(persona.Output())),
        };
    }).ToList();
}
