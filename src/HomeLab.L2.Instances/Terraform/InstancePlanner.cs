using Cake.Core;
using HomeLab.L2.Instances.Roots;
using HomeLab.Tools.Terraform;

namespace HomeLab.L2.Instances.Terraform;

/// <summary>
/// Plans every persona's root: <c>init</c>, <c>validate</c>, <c>plan -out</c>, then <c>show -json</c>, several personas
/// at once. Each persona's output is collected and handed to <paramref name="completed"/> whole when it is done, so
/// that nothing interleaves.
/// </summary>
public sealed class InstancePlanner(ICakeContext context, TerraformRunSettings settings)
{
    /// <param name="roots">The roots to plan, in the order the results are returned.</param>
    /// <param name="completed">Called once per persona as it finishes (never two at once).</param>
    public async Task<IReadOnlyList<PersonaPlan>> PlanAsync(
        IReadOnlyList<TerraformRoot> roots, Action<PersonaPlan>? completed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        using var slots = new SemaphoreSlim(Math.Max(1, settings.Parallelism));
        var report = new object();
        var plans = roots.Select(async root =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var plan = await Task.Run(() => PlanOne(root), cancellationToken).ConfigureAwait(false);
                lock (report)
                {
                    completed?.Invoke(plan);
                }

                return plan;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();

        return await Task.WhenAll(plans).ConfigureAwait(false);
    }

    private PersonaPlan PlanOne(TerraformRoot root)
    {
        var output = new List<string>();
        void Collect(string line)
        {
            lock (output)
            {
                output.Add(line);
            }
        }

        var persona = new PersonaTerraform(root, settings, Collect);
        PersonaPlan Result(string? failure = null, bool providers = false, TerraformPlanSummary? summary = null, string? planFile = null)
        {
            lock (output)
            {
                return new PersonaPlan
                {
                    Root = root,
                    Failure = failure,
                    ProvidersUnavailable = providers,
                    Summary = summary,
                    PlanFile = planFile,
                    Output = [.. output],
                };
            }
        }

        try
        {
            context.TerraformInit(persona.Init());
        }
        catch (CakeException ex)
        {
            return Result(ex.Message, ProviderInstallFailure.IsIn(ex.Message, output));
        }

        try
        {
            context.TerraformValidate(persona.Validate());
            PlanFiles.Prepare(persona.PlanFile);
            context.TerraformPlan(persona.Plan());
            PlanFiles.Protect(persona.PlanFile);
            var document = context.TerraformShow(persona.Show());
            PlanArtifactWriter.WritePlan(persona, document, settings.Destroy);
            return Result(summary: document.Summary, planFile: persona.PlanFile);
        }
        catch (CakeException ex)
        {
            return Result(ex.Message);
        }
    }
}
