using HomeLab.Secrets;

namespace HomeLab.Tools;

/// <summary>Builds the mask applied to every line a tool prints, and finds a secret on its command line.</summary>
internal static class ToolRedaction
{
    /// <summary>
    /// Masks the values of <see cref="IToolSecretSettings.SecretEnvironmentVariables"/> and whatever
    /// <paramref name="redactor"/> already remembers, then whatever <see cref="IToolSecretSettings.Redact"/> masks.
    /// </summary>
    public static Func<string, string> For(IToolSecretSettings settings, SecretRedactor? redactor = null)
    {
        redactor ??= new SecretRedactor();
        redactor.AddRange(settings.SecretEnvironmentVariables.Values);
        var extra = settings.Redact;
        return extra is null ? redactor.Redact : line => extra(redactor.Redact(line));
    }

    /// <summary>
    /// The name of the first secret whose value appears in <paramref name="renderedArguments"/>, so that the run can be
    /// refused; values too short to be masked are not looked for.
    /// </summary>
    public static string? SecretIn(string renderedArguments, IEnumerable<KeyValuePair<string, string>> namedSecrets) => namedSecrets
        .Where(pair => pair.Value.Length >= SecretRedactor.MinimumLength)
        .Where(pair => renderedArguments.Contains(pair.Value, StringComparison.Ordinal))
        .Select(pair => pair.Key)
        .FirstOrDefault();
}
