using Cake.Core;

namespace Cake.Frosting;

/// <summary><c>--completion=bash|zsh|pwsh</c>: the script for that shell.</summary>
internal static class CompletionScript
{
    public static string Render(string shell, ICakeEngine engine, HostOptionCatalogue? catalogue)
    {
        var model = CompletionModel.From(engine, catalogue);
        return shell.Trim().ToLowerInvariant() switch
        {
            "bash" => BashCompletion.Render(model),
            "zsh" => ZshCompletion.Render(model),
            "pwsh" or "powershell" => PowerShellCompletion.Render(model),
            _ => throw new CakeException($"--completion='{shell}' is not a shell HomeLab completes; use --completion=bash, zsh or pwsh."),
        };
    }
}
