using System.Text.RegularExpressions;

namespace HomeLab.Configuration.Tests;

/// <summary>docs/operations.md lists exactly the catalogue's variables, with the catalogue's defaults.</summary>
public partial class DocumentedVariablesTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Rows = new(ReadRows);

    [TestCaseSource(typeof(LabVariables), nameof(LabVariables.All))]
    public void Every_variable_is_documented_with_its_default(LabVariable variable)
    {
        Assert.That(Rows.Value.ContainsKey(variable.Name), Is.True, $"docs/operations.md has no table row for {variable.Name}");
        if (variable.Group == LabVariableGroup.Optional)
        {
            var documented = Rows.Value[variable.Name][1];
            Assert.That(documented, Is.EqualTo(variable.Default is null ? "—" : $"`{variable.Default}`"), $"the default of {variable.Name}");
        }
    }

    [Test]
    public void Every_documented_variable_is_in_the_catalogue()
    {
        var catalogue = LabVariables.All.Select(variable => variable.Name).ToHashSet(StringComparer.Ordinal);

        Assert.That(Rows.Value.Keys.Where(name => !catalogue.Contains(name)), Is.Empty);
    }

    [Test]
    public void Names_are_unique_and_only_the_token_secret_is_secret()
    {
        Assert.That(LabVariables.All.Select(variable => variable.Name), Is.Unique);
        Assert.That(LabVariables.All.Where(variable => variable.Secret).Select(variable => variable.Name), Is.EqualTo(new[] { LabVariables.TokenSecret }));
    }

    // The rows of the environment tables: from "## Required environment" to the end of the DOPPLER criteria table.
    private static IReadOnlyDictionary<string, string[]> ReadRows()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "operations.md"));
        var start = text.IndexOf("## Required environment", StringComparison.Ordinal);
        var criteria = text.IndexOf("### The DOPPLER criteria", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", text.IndexOf("| `FORCE_DOPPLER`", criteria, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.That(start >= 0 && criteria > start && end > criteria, Is.True, "docs/operations.md keeps its environment and DOPPLER tables");

        return VariableRow().Matches(text[start..end])
            .ToDictionary(match => match.Groups[1].Value, match => match.Value.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HomeLab.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HomeLab.sln was not found above the test's folder.");
    }

    [GeneratedRegex(@"(?m)^\| `([A-Z][A-Z0-9_]+)` \|.*$")]
    private static partial Regex VariableRow();
}
