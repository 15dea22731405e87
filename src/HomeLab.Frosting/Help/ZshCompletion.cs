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
            // "*": an option may be repeated (--target, --os); "--x=": its value follows "=" or comes as the next word.
            var description = Escape(option.Description);
            var spec = option.TakesValue
                ? $"*--{option.Name}=[{description}]:{option.Name}:{Values(option)}"
                : $"*--{option.Name}[{description}]";
            script.Append($"        '{spec.Replace("'", "'\\''", StringComparison.Ordinal)}' \\\n");
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
