using HomeLab.Secrets;

namespace HomeLab.Tools.Docker;

/// <summary>Builds the mask applied to every line Compose prints and to everything the wrapper returns or throws.</summary>
internal static class DockerComposeRedaction
{
    /// <summary>
    /// Masks the values of <see cref="DockerComposeSettings.SecretEnvironmentVariables"/>, then whatever
    /// <see cref="DockerComposeSettings.Redact"/> masks. Nothing is read from this process's environment.
    /// </summary>
    public static Func<string, string> For(DockerComposeSettings settings)
    {
        var redactor = new SecretRedactor();
        redactor.AddRange(settings.SecretEnvironmentVariables.Values);
        var extra = settings.Redact;
        return extra is null ? redactor.Redact : line => extra(redactor.Redact(line));
    }

    /// <summary>The name of the first secret variable whose value appears in <paramref name="renderedArguments"/>.</summary>
    public static string? SecretIn(string renderedArguments, DockerComposeSettings settings) => settings.SecretEnvironmentVariables
        .Where(pair => pair.Value.Length >= SecretRedactor.MinimumLength)
        .Where(pair => renderedArguments.Contains(pair.Value, StringComparison.Ordinal))
        .Select(pair => pair.Key)
        .FirstOrDefault();
}
