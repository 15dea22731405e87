using System.Text.RegularExpressions;
using Cake.Core;

namespace HomeLab.Secrets;

/// <summary>The one-line errors of the Doppler step. None of them may carry a secret value.</summary>
internal static partial class DopplerErrors
{
    private const string InstallHint = "Install it (https://docs.doppler.com/docs/install-cli) or set DOPPLER=0 to use the shell's environment.";
    private const int MaxDetailLength = 300;

    public static CakeException CliNotFound(string? configuredPath) => configuredPath is null
        ? new CakeException($"The doppler CLI was not found on PATH. {InstallHint}")
        : new CakeException($"The doppler CLI was not found at {configuredPath} (DopplerSettings.ToolPath). {InstallHint}");

    public static CakeException CommandFailed(int exitCode, IEnumerable<string> stderr, IEnumerable<string> secretsToHide)
    {
        var detail = MeaningfulLine(stderr) ?? "doppler printed no error message";
        foreach (var secret in secretsToHide)
        {
            detail = detail.Replace(secret, SecretRedactor.Mask, StringComparison.Ordinal);
        }

        return new CakeException(
            exitCode,
            $"doppler secrets download failed (exit code {exitCode}): {detail}. " +
            "Check `doppler login` and `doppler setup` for this directory (or DOPPLER_TOKEN), or set DOPPLER=0 to use the shell's environment.");
    }

    public static CakeException NotJson(string problem) => new(
        $"doppler secrets download did not print a JSON object of secrets ({problem}); check the doppler CLI version, or set DOPPLER=0 to use the shell's environment.");

    /// <summary>Doppler's own "Doppler Error: …" line when there is one, else the first non-blank line.</summary>
    internal static string? MeaningfulLine(IEnumerable<string> stderr)
    {
        var lines = stderr
            .Select(line => AnsiEscape().Replace(line, string.Empty).Trim())
            .Where(line => line.Length > 0)
            .ToList();

        var chosen = lines.FirstOrDefault(line => line.Contains("Doppler Error", StringComparison.OrdinalIgnoreCase))
            ?? lines.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        chosen = chosen.TrimEnd('.');
        return chosen.Length <= MaxDetailLength ? chosen : chosen[..MaxDetailLength] + "…";
    }

    [GeneratedRegex(@"\x1B\[[0-9;?]*[ -/]*[@-~]")]
    private static partial Regex AnsiEscape();
}
