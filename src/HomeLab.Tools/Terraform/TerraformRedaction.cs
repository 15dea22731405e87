using HomeLab.Secrets;

namespace HomeLab.Tools.Terraform;

/// <summary>Builds the mask applied to every line terraform prints and to every message the wrapper writes.</summary>
internal static class TerraformRedaction
{
    /// <summary>
    /// Masks the values of <see cref="TerraformSettings.SecretEnvironmentVariables"/>, then whatever
    /// <see cref="TerraformSettings.Redact"/> masks. Nothing is read from this process's environment: the caller
    /// hands over every secret it wants masked.
    /// </summary>
    public static Func<string, string> For(TerraformSettings settings)
    {
        var redactor = new SecretRedactor();
        redactor.AddRange(settings.SecretEnvironmentVariables.Values);
        var extra = settings.Redact;
        return extra is null ? redactor.Redact : line => extra(redactor.Redact(line));
    }

    /// <summary>The name of the first secret variable whose value appears in <paramref name="renderedArguments"/>.</summary>
    public static string? SecretIn(string renderedArguments, TerraformSettings settings) => settings.SecretEnvironmentVariables
        .Where(pair => pair.Value.Length >= SecretRedactor.MinimumLength)
        .Where(pair => renderedArguments.Contains(pair.Value, StringComparison.Ordinal))
        .Select(pair => pair.Key)
        .FirstOrDefault();
}
