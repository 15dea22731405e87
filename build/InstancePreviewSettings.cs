using HomeLab.L2.Instances.Terraform;
using HomeLab.Secrets;
using HomeLab.Tools.Terraform;
using HomeLab.Tools.WhatIf;

namespace HomeLab.Build;

/// <summary>
/// L2's settings for a dry run: the run's own, except that a value the run would fail without (Doppler is not asked in a
/// dry run) is shown as missing, with a note naming it, instead of stopping the preview.
/// </summary>
internal static class InstancePreviewSettings
{
    public static (TerraformRunSettings Settings, IReadOnlyList<PlanStep> Notes) From(BuildContext context, InstanceArguments arguments, SecretRedactor redactor)
    {
        var settings = InstanceSettings.From(context, arguments, redactor);
        var variables = settings.Variables;
        var missing = new List<string>();
        string Known(string? value, string source)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            missing.Add(source);
            return $"<{source} not set>";
        }

        var complete = variables with
        {
            AccessHost = Known(variables.AccessHost, TerraformProxmoxVariables.AccessHostSource),
            TokenId = Known(variables.TokenId, TerraformProxmoxVariables.TokenIdSource),
            TokenSecret = Known(variables.TokenSecret, TerraformProxmoxVariables.TokenSecretSource),
            PublicKey = Known(variables.PublicKey, TerraformProxmoxVariables.PublicKeySource),
        };
        var notes = missing.Count == 0
            ? []
            : new[] { PlanStep.Note($"not set here, so the run would stop unless Doppler loads them: {string.Join(", ", missing)}") };
        return (settings with { Variables = complete }, notes);
    }
}
