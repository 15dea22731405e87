namespace HomeLab.Tools.Terraform;

/// <summary>Settings for <c>terraform init</c>, which always runs with <c>-input=false</c>.</summary>
public sealed class TerraformInitSettings : TerraformSettings
{
    /// <summary>
    /// Backend settings passed as <c>-backend-config "key=value"</c>, in order. They show in logs and process
    /// listings, so never put a credential here: the S3 backend reads its keys from the environment.
    /// </summary>
    public IDictionary<string, string> BackendConfigOverrides { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Ignore the saved backend configuration (<c>-reconfigure</c>).</summary>
    public bool ForceReconfigure { get; set; }

    /// <summary>Copy existing state to a new backend without asking (<c>-force-copy</c>).</summary>
    public bool ForceCopy { get; set; }

    /// <summary>Initialise the backend; false passes <c>-backend=false</c> (e.g. to validate without credentials).</summary>
    public bool Backend { get; set; } = true;

    /// <summary>
    /// Install the newest provider and module versions the constraints allow (<c>-upgrade</c>). Off by default, so
    /// the committed <c>.terraform.lock.hcl</c> decides the versions.
    /// </summary>
    public bool Upgrade { get; set; }
}
