using Cake.Core;

namespace HomeLab.Tools.Terraform;

/// <summary>The one-line errors of the terraform wrapper. None of them may carry a secret value.</summary>
internal static class TerraformErrors
{
    private const string Layer = "L2 Instances";
    private const string InstallHint =
        "install Terraform ≥ 1.6 (https://developer.hashicorp.com/terraform/install, e.g. apt-get install terraform from HashiCorp's apt repository)";

    private const int MaxDetailLength = 400;

    public static CakeException NotFound(string? configuredPath) => configuredPath is null
        ? new CakeException($"terraform was not found on PATH; {Layer} needs it: {InstallHint} or set TerraformSettings.ToolPath.")
        : new CakeException($"terraform was not found at {configuredPath} (TerraformSettings.ToolPath); {Layer} needs it: {InstallHint} or fix ToolPath.");

    public static CakeException RootMissing(string path) =>
        new($"The terraform root {path} does not exist; check TerraformSettings.Root (one folder per persona under terraform/l2).");

    public static CakeException PlanFileNotSet(string settingsProperty) => new(
        $"{settingsProperty} is not set; name the plan file TerraformPlan saved (TerraformPlanSettings.OutFile).");

    public static CakeException PlanFileMissing(string path) =>
        new($"The saved terraform plan {path} does not exist; run TerraformPlan with OutFile set to it first.");

    public static CakeException SecretOnCommandLine(string name) => new(
        $"A terraform argument holds the value of the secret {name}; pass secrets through TerraformSettings.SecretEnvironmentVariables (TF_VAR_…), never as -var or -backend-config.");

    public static CakeException NegativeParallelism(int value) =>
        new($"Parallelism must be 0 (terraform's default) or more, not {value}.");

    public static CakeException CommandFailed(string command, int exitCode, string? detail, bool logged)
    {
        var where = logged ? " The full output is in the log above." : string.Empty;
        return new CakeException(exitCode, $"terraform {command} failed (exit code {exitCode}): {Shorten(detail ?? "terraform printed nothing")}.{where}");
    }

    public static CakeException NotJson(string command, string what, string reason) => new(
        $"terraform {command} printed no readable {what} ({reason}); check that the terraform on PATH is HashiCorp Terraform ≥ 1.6.");

    public static CakeException NoVersion(string path) =>
        new($"`terraform version` printed no version; check that {path} is HashiCorp Terraform.");

    /// <summary>
    /// What went wrong: the error diagnostic that comes first in the configuration (terraform's own order varies from
    /// run to run), else the first it printed without a place, else the last line it printed.
    /// </summary>
    public static string? Detail(IEnumerable<TerraformDiagnostic> diagnostics, IEnumerable<string> lines)
    {
        var errors = diagnostics.Where(d => d.IsError)
            .OrderBy(d => d.FileName is null)
            .ThenBy(d => d.FileName, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count switch
            {
                1 => string.Empty,
                2 => " (and 1 more error)",
                _ => $" (and {errors.Count - 1} more errors)",
            };
            return errors[0] + more;
        }

        return lines.Select(line => TerraformDiagnosticText.Clean(line, out _).Trim())
            .LastOrDefault(line => line.Length > 0)?.TrimEnd('.');
    }

    private static string Shorten(string line) => line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "…";
}
