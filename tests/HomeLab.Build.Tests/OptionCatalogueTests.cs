using System.Reflection;
using System.Text.RegularExpressions;
using Cake.Frosting;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// HomeLab's option catalogue (what --help lists and --completion completes) against what the host's code reads
/// from the command line and what docs/operations.md documents, and the criteria tasks against the graph's labels.
/// </summary>
public partial class OptionCatalogueTests
{
    // Cake's own options, read by the host (not HomeLab options).
    private static readonly string[] CakeOptions = ["target"];

    [Test]
    public void The_catalogue_lists_exactly_the_options_the_code_reads()
    {
        var read = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "build"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => ArgumentRead().Matches(File.ReadAllText(path)).Select(match => match.Groups["name"].Value))
            .Except(CakeOptions)
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(read, Is.Not.Empty, "the scan found the options the code reads");
        Assert.That(HomeLabOptions.All.Select(option => option.Name), Is.EquivalentTo(read));
        Assert.That(HomeLabOptions.All.Select(option => option.Name), Is.Unique);
    }

    [Test]
    public void Each_option_is_described_in_one_line()
    {
        Assert.That(HomeLabOptions.All.Select(option => option.Description), Has.All.Not.Empty.And.All.Not.Contain("\n"));
    }

    [Test]
    public void The_operations_guide_documents_every_option()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));
        var table = guide[guide.IndexOf("### Options", StringComparison.Ordinal)..guide.IndexOf("### Exit codes", StringComparison.Ordinal)];

        foreach (var option in HomeLabOptions.All)
        {
            Assert.That(table, Does.Match($@"`--{Regex.Escape(option.Name)}(=|`)"), $"docs/operations.md's Options table has no --{option.Name}");
        }
    }

    [Test]
    public void Every_task_with_criteria_describes_them_for_the_graph_and_the_report()
    {
        var tasks = typeof(HomeLabOptions).Assembly.GetExportedTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IFrostingTask).IsAssignableFrom(type))
            .ToList();
        var withCriteria = tasks
            .Where(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Any(method => method.Name == "ShouldRun" && method.GetBaseDefinition().DeclaringType != method.DeclaringType))
            .ToList();

        Assert.That(withCriteria.Select(type => type.Name), Is.SupersetOf(new[] { "SecretsTask", "PromoteStableTask", "ApplyInstancesTask" }));
        Assert.That(withCriteria.Where(type => !typeof(ICriteriaDescription).IsAssignableFrom(type)).Select(type => type.Name), Is.Empty);
    }

    // Switches.IsOn(arguments, "x"), Switches.Values(...), ConvergeArguments.Last/Values(...), HasArgument("x"),
    // GetArgument(s)("x"), and the converge criteria's list of groupless options.
    [GeneratedRegex("""(?:HasArgument|GetArguments?|IsOn|Values|Last)\((?:[\w.]+,\s*)?"(?<name>[a-z][a-z-]*)"|GrouplessWork = \["(?<name>[a-z-]+)"\]""")]
    private static partial Regex ArgumentRead();
}
