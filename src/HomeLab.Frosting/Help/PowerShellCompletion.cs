using System.Text;

namespace Cake.Frosting;

/// <summary>A PowerShell completion script (<c>./build.ps1 --completion=pwsh | Out-String | Invoke-Expression</c>).</summary>
internal static class PowerShellCompletion
{
    public static string Render(CompletionModel model)
    {
        var commands = model.Commands.SelectMany(command => new[] { command, "./" + command, ".\\" + command }).Distinct().Select(Quote);
        var script = new StringBuilder();
        script.Append($"# PowerShell completion for {string.Join(", ", model.Commands)}. Load it with: {model.Commands[0]} --completion=pwsh | Out-String | Invoke-Expression\n");
        script.Append($"Register-ArgumentCompleter -Native -CommandName {string.Join(", ", commands)} -ScriptBlock {{\n");
        script.Append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        script.Append("    $values = @{\n");
        foreach (var option in model.Options.Where(option => option.TakesValue))
        {
            // A PowerShell hash literal's keys are case-insensitive: --target and --Target are one key.
            foreach (var spelling in option.Spellings.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                script.Append($"        {Quote(spelling)} = @({string.Join(", ", option.Choices.Select(Quote))})\n");
            }
        }

        script.Append("    }\n");
        script.Append($"    $options = @({string.Join(", ", model.Options.Select(option => Quote("--" + option.Name + (option.TakesValue ? "=" : ""))))})\n");
        script.Append("""
                $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
                $previous = if ($wordToComplete) { $words[-2] } else { $words[-1] }
                if ($wordToComplete -match '^(-[^=]+)=(.*)$') {
                    $option = $Matches[1]; $partial = $Matches[2]; $prefix = "$option="
                } elseif ($values.ContainsKey($previous)) {
                    $option = $previous; $partial = $wordToComplete; $prefix = ''
                } else {
                    $option = $null
                }
                if ($option -and $values.ContainsKey($option)) {
                    $values[$option] | Where-Object { $_ -like "$partial*" } | ForEach-Object {
                        [System.Management.Automation.CompletionResult]::new("$prefix$_", $_, 'ParameterValue', $_)
                    }
                    return
                }
                $options | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterName', $_)
                }
            }

            """);
        return script.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
