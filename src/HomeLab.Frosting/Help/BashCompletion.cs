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
                # The word being typed and the one before it, read from the line: bash splits "--target=Templates:L"
                # at "=" and ":" (COMP_WORDBREAKS), and a value may hold either.
                local line="${COMP_LINE:0:COMP_POINT}"
                local cur="${line##*[[:space:]]}"
                local before="${line%"$cur"}"
                before="${before%"${before##*[![:space:]]}"}"
                local prev="${before##*[[:space:]]}" option="" prefix="" values=""
                if [[ "$cur" == -*=* ]]; then
                    option="${cur%%=*}"; prefix="$option="; cur="${cur#*=}"
                elif [[ "$prev" == -* && "$prev" != *=* ]]; then
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
                else
                    COMPREPLY=( $(compgen -W "{{options}}" -- "$cur") )
                    if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *= ]]; then
                        compopt -o nospace 2>/dev/null
                    fi
                fi

                # bash replaces only what follows the word's last break character: each reply drops what precedes it.
                local word="$prefix$cur" i
                for (( i = ${#word} - 1; i >= 0; i-- )); do
                    [[ "$COMP_WORDBREAKS" == *"${word:i:1}"* ]] && break
                done
                (( i >= 0 )) && COMPREPLY=( "${COMPREPLY[@]#"${word:0:i+1}"}" )
                return 0
            }
            complete -o default -F {{function}} {{string.Join(" ", model.Commands)}}

            """);
        return script.ToString();
    }

    internal static string Identifier(string command)
        => new(command.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
