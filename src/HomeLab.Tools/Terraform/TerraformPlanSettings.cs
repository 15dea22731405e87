using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Settings for <c>terraform plan</c>, which always runs with <c>-input=false -detailed-exitcode</c>: exit code 2
/// means "changes", not failure.
/// </summary>
public sealed class TerraformPlanSettings : TerraformSettings
{
    /// <summary>
    /// Where to save the plan (<c>-out="path"</c>), for <see cref="TerraformApplySettings.Plan"/> to apply exactly it;
    /// relative paths are taken from Cake's working directory. <c>null</c> saves nothing.
    /// </summary>
    public FilePath? OutFile { get; set; }

    /// <summary>Plan to destroy everything in the state (<c>-destroy</c>).</summary>
    public bool Destroy { get; set; }

    /// <summary>Refresh the state first (the default); false passes <c>-refresh=false</c>.</summary>
    public bool Refresh { get; set; } = true;

    /// <summary>How many operations run at once (<c>-parallelism=N</c>); 0 leaves terraform's default (10).</summary>
    public int Parallelism { get; set; }

    /// <summary>How long to wait for the state lock (<c>-lock-timeout=Ns</c>); <c>null</c> fails at once if it is held.</summary>
    public TimeSpan? LockTimeout { get; set; }

    /// <summary>
    /// Root variables passed as <c>-var "name=value"</c>. They show in logs and process listings, so never put a
    /// secret here: use <see cref="TerraformSettings.SecretEnvironmentVariables"/> (<c>TF_VAR_name</c>) instead.
    /// </summary>
    public IDictionary<string, string> InputVariables { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A variable file passed as <c>-var-file="path"</c> (relative paths are taken from Cake's working directory).</summary>
    public FilePath? InputVariablesFile { get; set; }
}
