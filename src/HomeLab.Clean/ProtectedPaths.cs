namespace HomeLab.Clean;

/// <summary>
/// Names Clean never removes, wherever they are, even inside a directory it is clearing (the directory then stays,
/// holding only them).
/// </summary>
/// <remarks>
/// <list type="bullet">
///   <item>Terraform state: <c>*.tfstate</c> and anything named <c>*.tfstate.*</c> (<c>terraform.tfstate.backup</c>,
///   timestamped backups). Local state is infrastructure: losing it orphans VMs.</item>
///   <item>Terraform's working folder <c>.terraform/</c>: besides the providers it records the backend and the selected
///   workspace, and without it the next plan of a root with workspaces runs against the wrong state.</item>
///   <item>Terraform's provider lock file <c>.terraform.lock.hcl</c>: committed pins, even where git does not track it yet.</item>
///   <item>Environment files: <c>.env</c>, <c>.env.*</c>, <c>*.env</c>.</item>
///   <item>Doppler configuration: <c>.doppler</c>, <c>doppler.yaml</c>/<c>.yml</c>, <c>.doppler.yaml</c>/<c>.yml</c>.</item>
/// </list>
/// Files git tracks are protected too; see <see cref="GitTracking"/>.
/// </remarks>
public static class ProtectedPaths
{
    /// <summary>The reason given for a tracked path.</summary>
    public const string TrackedByGit = "tracked by git";

    /// <summary>The reason given for Terraform state.</summary>
    public const string TerraformState = "Terraform state";

    /// <summary>The reason given for Terraform's working folder.</summary>
    public const string TerraformWorkingFolder = "Terraform working folder";

    /// <summary>The reason given for Terraform's provider lock file.</summary>
    public const string TerraformLockFile = "Terraform provider lock";

    /// <summary>The reason given for an environment file.</summary>
    public const string EnvironmentFile = "environment file";

    /// <summary>The reason given for Doppler configuration.</summary>
    public const string DopplerConfiguration = "Doppler configuration";

    private static readonly string[] DopplerNames = [".doppler", "doppler.yaml", "doppler.yml", ".doppler.yaml", ".doppler.yml"];

    /// <summary>Why a path with this name must be kept, or <c>null</c> when its name does not protect it.</summary>
    public static string? ReasonToKeep(string name)
    {
        if (name.EndsWith(".tfstate", StringComparison.Ordinal) || name.Contains(".tfstate.", StringComparison.Ordinal))
        {
            return TerraformState;
        }

        if (name == ".terraform")
        {
            return TerraformWorkingFolder;
        }

        if (name == ".terraform.lock.hcl")
        {
            return TerraformLockFile;
        }

        if (name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal))
        {
            return EnvironmentFile;
        }

        return DopplerNames.Contains(name, StringComparer.Ordinal) ? DopplerConfiguration : null;
    }
}
