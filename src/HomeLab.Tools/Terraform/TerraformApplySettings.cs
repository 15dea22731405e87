using Cake.Core.IO;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Settings for <c>terraform apply -input=false -auto-approve &lt;plan&gt;</c>: it applies exactly a saved plan, the
/// one the operator saw, so it takes no variables (terraform rejects <c>-var</c> with a saved plan) and no
/// <c>-destroy</c> (a destroy plan says so itself).
/// </summary>
public sealed class TerraformApplySettings : TerraformSettings
{
    /// <summary>The saved plan to apply (required); relative paths are taken from Cake's working directory.</summary>
    public FilePath? Plan { get; set; }

    /// <summary>How many operations run at once (<c>-parallelism=N</c>); 0 leaves terraform's default (10).</summary>
    public int Parallelism { get; set; }

    /// <summary>How long to wait for the state lock (<c>-lock-timeout=Ns</c>); <c>null</c> fails at once if it is held.</summary>
    public TimeSpan? LockTimeout { get; set; }
}
