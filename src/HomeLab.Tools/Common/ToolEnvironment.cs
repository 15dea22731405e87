using HomeLab.Secrets;

namespace HomeLab.Tools;

/// <summary>The environment a tool runs with, and the names a dry run shows of it.</summary>
internal static class ToolEnvironment
{
    /// <summary>
    /// The variables for the tool: <paramref name="configured"/> (what Cake's Tool makes of
    /// <see cref="Cake.Core.Tooling.ToolSettings.EnvironmentVariables"/>), then <paramref name="defaults"/> where those
    /// leave a name unset, then <paramref name="wrapperValues"/>, then <paramref name="secrets"/>, which win over all.
    /// </summary>
    public static IDictionary<string, string> Merge(
        IDictionary<string, string>? configured,
        IEnumerable<KeyValuePair<string, string>> secrets,
        IEnumerable<KeyValuePair<string, string>>? defaults = null,
        IEnumerable<KeyValuePair<string, string>>? wrapperValues = null)
    {
        var variables = new Dictionary<string, string>(configured ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (name, value) in defaults ?? [])
        {
            variables.TryAdd(name, value);
        }

        foreach (var (name, value) in (wrapperValues ?? []).Concat(secrets))
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>The names of <paramref name="variables"/>, sorted, for a dry run: never their values.</summary>
    public static IReadOnlyList<string> NamesOf(IDictionary<string, string> variables) =>
        variables.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// <paramref name="variables"/> as a dry run shows them, sorted by name: the values of <paramref name="secretNames"/>
    /// as <c>[REDACTED]</c>, every other value masked with <paramref name="redact"/>.
    /// </summary>
    public static IReadOnlyList<ToolVariable> Shown(
        IDictionary<string, string> variables, IEnumerable<string> secretNames, Func<string, string> redact)
    {
        var secrets = secretNames.ToHashSet(StringComparer.Ordinal);
        return variables.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => secrets.Contains(pair.Key)
                ? new ToolVariable(pair.Key, SecretRedactor.Mask, Secret: true)
                : new ToolVariable(pair.Key, redact(pair.Value), Secret: false))
            .ToList();
    }
}
