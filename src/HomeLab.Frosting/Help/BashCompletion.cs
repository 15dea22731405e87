using System.Text;

namespace Cake.Frosting;

/// <summary>
/// A bash completion script (<c>source &lt;(./build.sh --completion=bash)</c>): targets after <c>--target</c>, the
/// values of options with a fixed set, and the options themselves; <c>--opt=value</c> and <c>--opt value</c> alike.
/// </summary>
internal static class BashCompletion
{
    public static string Render(CompletionModel model)
    {
        var function = "_" + Identifier(model.Commands[0]) + "_complete";
        var options = string.Join(" ", model.Options.Select(option => "--" + option.Name + (option.TakesValue ? "=" : "")));
        var script = new StringBuilder();
        script.Append($$"""
            # bash completion for {{string.Join(", ", model.Commands)}}. Load it with: source <({{model.Commands[0]}} --completion=bash)
            {{function}}()
            {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="" option="" prefix="" values=""
                (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
                # bash splits "--target=L" at "=" (COMP_WORDBREAKS): the option is then one or two words back.
                if [[ "$cur" == "=" ]]; then
                    option="$prev"; cur=""
                elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then
                    option="${COMP_WORDS[COMP_CWORD-2]}"
                elif [[ "$cur" == -*=* ]]; then
                    option="${cur%%=*}"; prefix="$option="; cur="${cur#*=}"
                elif [[ "$prev" == -* ]]; then
                    option="$prev"
                fi

                case "$option" in

            """);
        foreach (var option in model.Options.Where(option => option.TakesValue))
        {
            var words = option.Choices.Count > 0 ? string.Join(" ", option.Choices) : "";
            script.Append($"        {string.Join("|", option.Spellings)}) values=\"{words}\" ;;\n");
        }

        script.Append($$"""
                    *) option="" ;;
                esac

                if [[ -n "$option" ]]; then
                    [[ -n "$values" ]] && COMPREPLY=( $(compgen -P "$prefix" -W "$values" -- "$cur") )
                    return 0
                fi

                COMPREPLY=( $(compgen -W "{{options}}" -- "$cur") )
                if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *= ]]; then
                    compopt -o nospace 2>/dev/null
                fi
                return 0
            }
            complete -o default -F {{function}} {{string.Join(" ", model.Commands)}}

            """);
        return script.ToString();
    }

    internal static string Identifier(string command)
        => new(command.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
