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
}
