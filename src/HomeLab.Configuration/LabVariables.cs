namespace HomeLab.Configuration;

/// <summary>
/// The catalogue of every environment variable HomeLab reads. The host reads them once, after the Secrets task,
/// through <see cref="LabSettingsReader"/>; the libraries receive typed values and name no variable themselves.
/// docs/operations.md lists the same variables, and a test keeps the two in step.
/// </summary>
public static class LabVariables
{
    public const string AccessHost = "PVE_ACCESS_HOST";
    public const string TokenId = "PM_TOKEN_ID";
    public const string TokenSecret = "PM_TOKEN_SECRET";
    public const string Node = "PVE_NODE";
    public const string StorageVm = "PVE_STORAGE_VM";

    public const string Bridge = "PVE_BRIDGE";
    public const string StorageIso = "PVE_STORAGE_ISO";
    public const string MinFreeGibIso = "L0_MIN_FREE_GIB_ISO";
    public const string MinFreePctVm = "L0_MIN_FREE_PCT_VM";
    public const string TlsFingerprint = "PVE_TLS_FINGERPRINT";
    public const string CaCert = "PVE_CA_CERT";
    public const string TlsInsecure = "PVE_TLS_INSECURE";
    public const string UpdateStable = "UPDATE_STABLE";
    public const string Apply = "APPLY";
    public const string TerraformBaseDirectory = "TF_BASE_DIR";
    public const string PublicKey = "TF_VAR_PROXMOX_VM_PUBLIC_KEY";
    public const string Tags = "TAGS";
    public const string Limit = "LIMIT";
    public const string RebootAction = "REBOOT_ACTION";

    public const string Doppler = "DOPPLER";
    public const string Ci = "CI";
    public const string ForceDoppler = "FORCE_DOPPLER";
    public const string GitHubStepSummary = "GITHUB_STEP_SUMMARY";

    public const string DefaultBridge = "vmbr0";
    public const string DefaultStorageIso = "local";
    public const double DefaultMinFreeGibIso = 4;
    public const double DefaultMinFreePctVm = 10;
    public const string DefaultTerraformBaseDirectory = "terraform/l2";

    /// <summary>The variables without which later layers cannot run, in the order they are reported.</summary>
    public static IReadOnlyList<string> Required { get; } = [AccessHost, TokenId, TokenSecret, Node, StorageVm];

    /// <summary>The variables every API call needs.</summary>
    public static IReadOnlyList<string> Connection { get; } = [AccessHost, TokenId, TokenSecret];

    /// <summary>How the Proxmox client's messages name its settings: by these variables.</summary>
    public static Proxmox.ProxmoxSettingNames ProxmoxNames { get; } = new(AccessHost, TokenId, TokenSecret, TlsFingerprint, CaCert, TlsInsecure);

    /// <summary>Every variable, in the order the docs list them.</summary>
    public static IReadOnlyList<LabVariable> All { get; } =
    [
        new(AccessHost, "The Proxmox API endpoint: `host`, `host:port` or `https://host[:port][/api2/json]`.", null, LabVariableGroup.Required),
        new(TokenId, "API token id, `user@realm!token`.", null, LabVariableGroup.Required),
        new(TokenSecret, "API token secret. Never printed or written.", null, LabVariableGroup.Required, Secret: true),
        new(Node, "The target node.", null, LabVariableGroup.Required),
        new(StorageVm, "Storage for VM disks.", null, LabVariableGroup.Required),
        new(Bridge, "The bridge guests attach to.", DefaultBridge, LabVariableGroup.Optional),
        new(StorageIso, "Storage for ISOs and imported images.", DefaultStorageIso, LabVariableGroup.Optional),
        new(MinFreeGibIso, "Minimum free GiB on the ISO storage.", "4", LabVariableGroup.Optional),
        new(MinFreePctVm, "Minimum free percentage on the VM storage.", "10", LabVariableGroup.Optional),
        new(TlsFingerprint, "Pin the node certificate's SHA-256 fingerprint.", null, LabVariableGroup.Optional),
        new(CaCert, "Trust this PEM CA file (Proxmox's `/etc/pve/pve-root-ca.pem`).", null, LabVariableGroup.Optional),
        new(TlsInsecure, "`1` turns certificate verification off. Every run then warns.", null, LabVariableGroup.Optional),
        new(UpdateStable, "L1 promotes each new build to stable only when this is `yes`.", "yes", LabVariableGroup.Optional),
        new(Apply, "`1` lets L2 apply the plan it saved in the same run (`--apply` is the same).", "0", LabVariableGroup.Optional),
        new(TerraformBaseDirectory, "Where L2's Terraform roots are; a relative path is taken from the lab.", DefaultTerraformBaseDirectory, LabVariableGroup.Optional),
        new(PublicKey, "The SSH public key L2's VMs accept (handed to Terraform as `TF_VAR_proxmox_vm_public_key`).", null, LabVariableGroup.Optional),
        new(Tags, "L3/L4 converge only these Ansible tags (`--tags` is the same and wins).", null, LabVariableGroup.Optional),
        new(Limit, "L3/L4 converge only these hosts of the group (`--limit` is the same and wins).", null, LabVariableGroup.Optional),
        new(RebootAction, "What `Reboot` does: `dryrun`, `check` or `force` (`--action` is the same and wins).", "dryrun", LabVariableGroup.Optional),
        new(GitHubStepSummary, "Set by GitHub Actions: the run's task table (and L2's plan summary) is appended to this file.", null, LabVariableGroup.Optional),
        new(Doppler, "Unset or on: load the secrets from Doppler. Off: don't.", "on", LabVariableGroup.Doppler),
        new(Ci, "Set by CI systems: Doppler is then skipped unless `FORCE_DOPPLER` is on.", null, LabVariableGroup.Doppler),
        new(ForceDoppler, "On: use Doppler in CI too.", null, LabVariableGroup.Doppler),
    ];
}
