using System.Text.RegularExpressions;

namespace HomeLab.L4.Workloads;

/// <summary>
/// The variables a compose file interpolates: <c>${VAR}</c>, <c>${VAR:-default}</c> (and Compose's other forms) and
/// <c>$VAR</c>, nested defaults included; <c>$$</c> is Compose's escape for a literal dollar and names nothing.
/// Lines that are only a YAML comment are left out.
/// </summary>
public static partial class ComposeVariableReferences
{
    /// <summary>The names, each once, in the order they first appear.</summary>
    public static IReadOnlyList<string> In(string composeText)
    {
        ArgumentNullException.ThrowIfNull(composeText);
        var names = new List<string>();
        foreach (var line in composeText.Split('\n').Where(line => !line.TrimStart().StartsWith('#')))
        {
            foreach (Match match in Reference().Matches(line))
            {
                var name = match.Groups["name"];
                if (name.Success && !names.Contains(name.Value, StringComparer.Ordinal))
                {
                    names.Add(name.Value);
                }
            }
        }

        return names;
    }

    [GeneratedRegex(@"\$\$|\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Reference();
}
