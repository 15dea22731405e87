using Cake.Core;
using HomeLab.Secrets;

namespace HomeLab.Tools.Packer;

/// <summary>Builds the mask applied to every line packer prints.</summary>
internal static class PackerRedaction
{
    /// <summary>
    /// Masks the secret environment variables of <paramref name="settings"/>, the well-known secrets packer inherits
    /// from this process (PM_TOKEN_SECRET, DOPPLER_TOKEN), then whatever <see cref="PackerSettings.Redact"/> masks.
    /// </summary>
    public static Func<string, string> For(PackerSettings settings, ICakeEnvironment environment)
    {
        var redactor = new SecretRedactor();
        redactor.AddRange(settings.SecretEnvironmentVariables.Values);
        redactor.AddFromEnvironment(environment.GetEnvironmentVariable);
        var extra = settings.Redact;
        return extra is null ? redactor.Redact : line => extra(redactor.Redact(line));
    }

    /// <summary>The name of the first secret variable whose value appears in <paramref name="renderedArguments"/>.</summary>
    public static string? SecretIn(string renderedArguments, PackerSettings settings) => settings.SecretEnvironmentVariables
        .Where(pair => pair.Value.Length >= SecretRedactor.MinimumLength)
        .Where(pair => renderedArguments.Contains(pair.Value, StringComparison.Ordinal))
        .Select(pair => pair.Key)
        .FirstOrDefault();
}
