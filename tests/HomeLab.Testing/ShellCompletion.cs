using System.Diagnostics;

namespace HomeLab.Testing;

/// <summary>
/// Asks a real shell for the completions of a command line, with a completion script loaded as its docs say:
/// bash and zsh complete on a terminal (a zpty) when TAB is typed, PowerShell answers <c>TabExpansion2</c>.
/// </summary>
public static class ShellCompletion
{
    // An interactive zsh on a pseudo-terminal, with compinit and the script loaded. Every match the completion
    // offers passes through compadd: a wrapper prints each (those compadd only computes, with -O, -A or -D, it
    // leaves alone), and the TAB widget prints an end marker.
    private static readonly string ZshDriver = TerminalDriver("zsh -f -i", """
        zpty -w shell "PS1='' PROMPT='' RPROMPT=''"
        zpty -w shell 'autoload -Uz compinit && compinit -u -D'
        zpty -w shell 'source "$HOMELAB_COMPLETION_SCRIPT"'
        zpty -w shell 'compadd() { if (( ${@[(I)-[OAD]]} )); then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -O hits "$@"; print -rl -- ${hits/#/"<<mat""ch:"}; builtin compadd "$@"; }'
        zpty -w shell '_capture() { _main_complete; print -r -- "<<e""nd>>"; }; zle -C capture complete-word _capture; bindkey "^I" capture'
        zpty -w shell 'print -r -- "<<rea""dy>>"'
        """);

    // An interactive bash on a pseudo-terminal, with the script sourced: readline splits the typed line as it does
    // for a user and calls the script's function through a wrapper that prints its replies and an end marker.
    private static readonly string BashDriver = TerminalDriver("bash --norc --noprofile -i", """
        zpty -w shell "PS1='' PS2=''"
        zpty -w shell 'source "$HOMELAB_COMPLETION_SCRIPT"; command=${HOMELAB_COMPLETION_LINE%% *}; command=${command##*/}'
        zpty -w shell 'real=$(complete -p "$command" | sed -E "s/.* -F ([^ ]+) .*/\1/")'
        zpty -w shell '_capture() { "$real" "$@"; local reply; for reply in "${COMPREPLY[@]}"; do printf "<<mat""ch:%s\n" "$reply"; done; printf "<<e""nd>>\n"; }'
        zpty -w shell 'complete -o default -F _capture "$command"; printf "<<rea""dy>>\n"'
        """);

    // The script loaded as docs/operations.md says (`... | Out-String | Invoke-Expression`), then TAB at the end of the line.
    private const string PwshDriver = """
        Get-Content -Raw -LiteralPath $env:HOMELAB_COMPLETION_SCRIPT | Out-String | Invoke-Expression
        $line = $env:HOMELAB_COMPLETION_LINE
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { "<<match:$($_.CompletionText)" }
        """;

    private const string Match = "<<match:";

    // A zsh script that starts the shell on a zpty (zsh's module), sends the setup (which ends by printing the ready
    // marker), types the line and TAB, and prints everything the shell wrote until the end marker. The markers are
    // written split in two, so the terminal's echo of the typed commands cannot match them.
    private static string TerminalDriver(string shell, string setup) => $$"""
        zmodload zsh/zpty || exit 3
        zpty shell {{shell}}
        {{setup.TrimEnd()}}
        zpty -r shell transcript '*<<ready>>*' || exit 4
        zpty -w -n shell "$HOMELAB_COMPLETION_LINE"$'\t'
        zpty -r shell transcript '*<<end>>*' || exit 5
        zpty -d shell
        print -r -- "$transcript"
        """;

    /// <summary>What zsh offers for <paramref name="commandLine"/> when TAB is typed at its end.</summary>
    public static CompletionReply Zsh(string scriptFile, string commandLine)
    {
        var start = new ProcessStartInfo(InstalledShell.Zsh(), ["-f", "-c", ZshDriver]);
        return Run(start, scriptFile, commandLine);
    }

    /// <summary>What bash's completion replies for <paramref name="commandLine"/> when TAB is typed at its end.</summary>
    public static CompletionReply Bash(string scriptFile, string commandLine)
        => Run(new ProcessStartInfo(InstalledShell.Zsh(), ["-f", "-c", BashDriver]), scriptFile, commandLine);

    /// <summary>What PowerShell's TabExpansion2 offers for <paramref name="commandLine"/>, the cursor at its end.</summary>
    public static CompletionReply Pwsh(string scriptFile, string commandLine)
        => Run(InstalledShell.Pwsh().StartInfo("-Command", PwshDriver), scriptFile, commandLine);

    private static CompletionReply Run(ProcessStartInfo start, string scriptFile, string commandLine)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["HOMELAB_COMPLETION_SCRIPT"] = scriptFile;
        start.Environment["HOMELAB_COMPLETION_LINE"] = commandLine;
        using var shell = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = shell.StandardOutput.ReadToEndAsync();
        var errors = shell.StandardError.ReadToEndAsync();
        if (!shell.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            shell.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(start.FileName)} did not complete '{commandLine}' within a minute.");
        }

        var transcript = output.Result.Replace("\r", "", StringComparison.Ordinal) + errors.Result;
        if (shell.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(start.FileName)} failed (exit {shell.ExitCode}) completing '{commandLine}':\n{transcript}");
        }

        var candidates = transcript.Split('\n')
            .Where(line => line.Contains(Match, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(Match, StringComparison.Ordinal) + Match.Length)..])
            .ToList();
        return new CompletionReply(candidates, transcript);
    }
}

/// <summary>The candidates a shell offered, and everything it printed meanwhile (for a failing test's message).</summary>
public sealed record CompletionReply(IReadOnlyList<string> Candidates, string Transcript)
{
    public override string ToString() => $"candidates: {string.Join(' ', Candidates)}\n--- transcript ---\n{Transcript}";
}
