using System.ComponentModel;
using System.Reflection;
using Cake.Core;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>What a completion script completes: the engine's tasks and the target aliases, Cake's options and the build's.</summary>
internal sealed record CompletionModel(IReadOnlyList<string> Commands, IReadOnlyList<string> Targets, IReadOnlyList<CompletionOption> Options)
{
    private static readonly Dictionary<string, string[]> CakeChoices = new(StringComparer.Ordinal)
    {
        ["verbosity"] = ["quiet", "minimal", "normal", "verbose", "diagnostic"],
        ["graph"] = ["mermaid", "dot"],
        ["completion"] = ["bash", "zsh", "pwsh"],
    };

    public static CompletionModel From(ICakeEngine engine, HostOptionCatalogue? catalogue)
    {
        var targets = engine.Tasks.Select(task => task.Name)
            .Concat(catalogue?.TargetAliases ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var cake = typeof(DefaultCommandSettings).GetProperties()
            .Select(property => (Option: property.GetCustomAttribute<CommandOptionAttribute>(), Description: property.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .Where(pair => pair.Option is { IsHidden: false })
            .Select(pair => new CompletionOption(
                pair.Option!.LongNames[0],
                [.. pair.Option.LongNames.Skip(1).Select(name => "--" + name), .. pair.Option.ShortNames.Select(name => "-" + name)],
                pair.Option.ValueName is not null,
                pair.Description ?? "",
                pair.Option.LongNames[0] == "target" ? targets : CakeChoices.GetValueOrDefault(pair.Option.LongNames[0]) ?? []));
        var build = (catalogue?.Options ?? []).Select(option => new CompletionOption(option.Name, [], option.Value is not null, option.Description, option.Choices ?? []));
        var commands = catalogue?.Commands is { Count: > 0 } given ? given : [Assembly.GetEntryAssembly()?.GetName().Name ?? "build"];
        return new CompletionModel(commands, targets, [.. cake, .. build, new CompletionOption("help", ["-h"], false, "Prints help information.", [])]);
    }
}

/// <summary>One option to complete: its long name (offered), its other spellings, whether it takes a value, and the values to offer.</summary>
internal sealed record CompletionOption(string Name, IReadOnlyList<string> Aliases, bool TakesValue, string Description, IReadOnlyList<string> Choices)
{
    public IEnumerable<string> Spellings => Aliases.Prepend("--" + Name);
}
