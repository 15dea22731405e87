using System.Text;

namespace Cake.Frosting;

/// <summary>A zsh completion script (<c>source &lt;(./build.sh --completion=zsh)</c>, after <c>compinit</c>), built on <c>_arguments</c>.</summary>
internal static class ZshCompletion
{
    public static string Render(CompletionModel model)
    {
        var function = "_" + BashCompletion.Identifier(model.Commands[0]);
        var script = new StringBuilder();
        script.Append($"#compdef {string.Join(" ", model.Commands)}\n");
        script.Append($"# zsh completion for {string.Join(", ", model.Commands)}. Load it with: source <({model.Commands[0]} --completion=zsh)\n");
        script.Append($"{function}() {{\n    _arguments \\\n");
        foreach (var option in model.Options)
        {
            // "*": an option may be repeated (--target, --os); "--x=": its value follows "=" or comes as the next word,
            // "-x": as the next word. "!": another spelling (-t, --noop), whose value is completed but which is not offered.
            foreach (var spelling in option.Spellings)
            {
                var hidden = spelling == "--" + option.Name ? "" : "!";
                var form = spelling.StartsWith("--", StringComparison.Ordinal) && option.TakesValue ? spelling + "=" : spelling;
                var argument = option.TakesValue ? $":{option.Name}:{Values(option)}" : "";
                var spec = $"{hidden}*{form}[{Escape(option.Description)}]{argument}";
                script.Append($"        '{spec.Replace("'", "'\\''", StringComparison.Ordinal)}' \\\n");
            }
        }

        script.Append("        && return 0\n    return 1\n}\n");
        script.Append($"compdef {function} {string.Join(" ", model.Commands.SelectMany(command => new[] { command, "./" + command }).Distinct())}\n");
        return script.ToString();
    }

    private static string Values(CompletionOption option)
        => option.Choices.Count > 0 ? $"({string.Join(" ", option.Choices.Select(Escape))})" : "_files";

    private static string Escape(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal)
            .Replace(":", "\\:", StringComparison.Ordinal);
}
