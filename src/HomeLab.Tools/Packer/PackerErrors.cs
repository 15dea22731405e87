using System.Text.RegularExpressions;
using Cake.Core;

namespace HomeLab.Tools.Packer;

/// <summary>The one-line errors of the packer wrapper. None of them may carry a secret value.</summary>
internal static partial class PackerErrors
{
    private const string Layer = "L1 Templates";
    private const string InstallHint = "Install it (apt-get install packer, or https://developer.hashicorp.com/packer/install) or set PackerSettings.ToolPath.";
    private const int MaxDetailLength = 300;

    public static CakeException NotFound(string? configuredPath) => configuredPath is null
        ? new CakeException($"packer was not found on PATH (needed by {Layer}). {InstallHint}")
        : new CakeException($"packer was not found at {configuredPath} (PackerSettings.ToolPath; needed by {Layer}). {InstallHint}");

    public static CakeException TemplateMissing(string path) =>
        new($"The packer template {path} does not exist; check the packer folder named in the OS's template.json.");

    public static CakeException SecretOnCommandLine(string name) => new(
        $"A packer argument holds the value of the secret {name}; pass secrets through PackerSettings.SecretEnvironmentVariables (PKR_VAR_…), never as -var.");

    public static CakeException CommandFailed(string command, int exitCode, IEnumerable<string> output)
    {
        var detail = MeaningfulLine(output) ?? "packer printed nothing";
        return new CakeException(exitCode, $"packer {command} failed (exit code {exitCode}): {detail}. The full output is in the log above.");
    }

    public static CakeException NoVersion(string path, IEnumerable<string> output)
    {
        var first = Clean(output).FirstOrDefault();
        var printed = first is null ? "nothing" : $"'{Shorten(first)}'";
        return new CakeException($"`packer version` printed {printed} instead of a version; check that {path} is HashiCorp packer.");
    }

    /// <summary>
    /// The line that says what went wrong: packer's own "Error: …" line, else a "Build 'x' errored …" line, else the
    /// last line it printed.
    /// </summary>
    internal static string? MeaningfulLine(IEnumerable<string> output)
    {
        var lines = Clean(output).ToList();
        var chosen = lines.FirstOrDefault(line => line.StartsWith("Error", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(line => line.Contains(" errored", StringComparison.Ordinal))
            ?? lines.LastOrDefault();
        return chosen is null ? null : Shorten(chosen.TrimEnd('.'));
    }

    private static IEnumerable<string> Clean(IEnumerable<string> output) => output
        .Select(line => TimestampPrefix().Replace(AnsiEscape().Replace(line, string.Empty), string.Empty).Trim())
        .Select(line => line.TrimStart('=', '-', '>', ' '))
        .Where(line => line.Length > 0);

    private static string Shorten(string line) => line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "…";

    [GeneratedRegex(@"\x1B\[[0-9;?]*[ -/]*[@-~]")]
    private static partial Regex AnsiEscape();

    // -timestamp-ui prefixes each line with "2024-05-01T10:00:00Z: ".
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2}): ")]
    private static partial Regex TimestampPrefix();
}
