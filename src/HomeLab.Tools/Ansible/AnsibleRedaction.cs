using HomeLab.Secrets;

namespace HomeLab.Tools.Ansible;

/// <summary>Builds the mask applied to every line ansible prints, to every message the wrapper writes and to JUnit files.</summary>
internal static class AnsibleRedaction
{
    /// <summary>
    /// Masks every secret of <paramref name="settings"/> (secret environment variables and secret extra vars), also as
    /// ansible prints them inside JSON (quotes and backslashes escaped), then whatever
    /// <see cref="AnsibleSettings.Redact"/> masks. Nothing is read from this process's environment.
    /// </summary>
    public static Func<string, string> For(AnsibleSettings settings)
    {
        var redactor = new SecretRedactor();
        foreach (var (_, value) in settings.NamedSecrets())
        {
            redactor.Add(value);
            redactor.Add(JsonEscaped(value));
        }

        return ToolRedaction.For(settings, redactor);
    }

    /// <summary>The secret values of <paramref name="settings"/> long enough to be masked, as written and as XML escapes them.</summary>
    public static IReadOnlyList<string> ValuesForFiles(AnsibleSettings settings) => settings.NamedSecrets()
        .Select(pair => pair.Value)
        .Where(value => value.Length >= SecretRedactor.MinimumLength)
        .SelectMany(value => new[] { value, JsonEscaped(value), System.Security.SecurityElement.Escape(value) })
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static string JsonEscaped(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal);
}
