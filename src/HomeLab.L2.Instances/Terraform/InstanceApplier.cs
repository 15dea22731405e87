using Cake.Core;
using Cake.Core.Diagnostics;
using HomeLab.Tools.Terraform;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// Applies the plans this run saved, one persona at a time and exactly as planned (never a fresh plan), then writes
/// each one's <c>outputs.json</c> and deletes the saved plan.
/// </summary>
public sealed class InstanceApplier(ICakeContext context, TerraformRunSettings settings)
{
    /// <returns>The outputs.json written, one per applied persona.</returns>
    public IReadOnlyList<string> Apply(IEnumerable<PersonaPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var written = new List<string>();
        foreach (var plan in plans.Where(plan => plan is { Succeeded: true, PlanFile: not null }))
        {
            var persona = new PersonaTerraform(plan.Root, settings);
            context.Log.Information($"{plan.Root.Persona}: applying the saved plan ({plan.Summary}).");
            try
            {
                context.TerraformApply(persona.Apply());
            }
            finally
            {
                PlanFiles.Remove(persona.PlanFile);
            }

            written.Add(PlanArtifactWriter.WriteOutputs(persona, context.TerraformOutput(persona.Output())));
        }

        return written;
    }
}
