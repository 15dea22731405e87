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
        redactor.AddFromEnvironment(environment.GetEnvironmentVariable);
        return ToolRedaction.For(settings, redactor);
    }
}
