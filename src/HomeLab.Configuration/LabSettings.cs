using HomeLab.Proxmox;

namespace HomeLab.Configuration;

/// <summary>
/// What the environment says about the lab, read once and already validated. Values that were missing or invalid
/// are null and their reasons are in <see cref="Failures"/>; the optional ones hold their defaults.
/// </summary>
public sealed record LabSettings
{
    public string? AccessHost { get; init; }

    /// <summary>Null when PVE_ACCESS_HOST is missing or invalid.</summary>
    public ProxmoxEndpoint? Endpoint { get; init; }

    public string? TokenId { get; init; }

    /// <summary>PM_TOKEN_SECRET. Only ever handed to the client, to tools' environments and to the redactor.</summary>
    public string? TokenSecret { get; init; }

    public string? Node { get; init; }

    public string? StorageVm { get; init; }

    public string Bridge { get; init; } = LabVariables.DefaultBridge;

    public string StorageIso { get; init; } = LabVariables.DefaultStorageIso;

    /// <summary>Null when L0_MIN_FREE_GIB_ISO is not a number.</summary>
    public double? MinFreeGibIso { get; init; } = LabVariables.DefaultMinFreeGibIso;

    /// <summary>Null when L0_MIN_FREE_PCT_VM is not a percentage.</summary>
    public double? MinFreePctVm { get; init; } = LabVariables.DefaultMinFreePctVm;

    /// <summary>Null when the TLS variables contradict each other or are invalid.</summary>
    public ProxmoxTlsOptions? Tls { get; init; } = ProxmoxTlsOptions.Verify;

    /// <summary>UPDATE_STABLE exactly as set (an empty value counts as set), or null when unset.</summary>
    public string? UpdateStable { get; init; }

    /// <summary>Whether L1 promotes its builds: UPDATE_STABLE unset or exactly <c>yes</c>.</summary>
    public bool PromotesStable => UpdateStable is null or "yes";

    /// <summary>APPLY=1: L2 applies the plan it saved.</summary>
    public bool Apply { get; init; }

    /// <summary>TF_BASE_DIR as given (relative to the lab unless rooted).</summary>
    public string TerraformBaseDirectory { get; init; } = LabVariables.DefaultTerraformBaseDirectory;

    /// <summary>TF_VAR_PROXMOX_VM_PUBLIC_KEY, or null when unset.</summary>
    public string? PublicKey { get; init; }

    /// <summary>TAGS: the Ansible tags L3/L4 converge, comma-separated, or null.</summary>
    public string? Tags { get; init; }

    /// <summary>LIMIT: the hosts of the group L3/L4 converge, or null.</summary>
    public string? Limit { get; init; }

    /// <summary>REBOOT_ACTION as set, or null (dryrun).</summary>
    public string? RebootAction { get; init; }

    /// <summary>Required variables that are unset or blank, in <see cref="LabVariables.Required"/> order.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public IReadOnlyList<string> Failures { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Everything an API call needs is present and valid.</summary>
    public bool CanReachApi => Endpoint is not null && TokenId is not null && TokenSecret is not null && Tls is not null;

    public bool IsMissing(string variable) => Missing.Contains(variable);

    /// <summary>The client options for these settings; the client's messages name the variables.</summary>
    /// <exception cref="InvalidOperationException">The API settings are incomplete: check <see cref="CanReachApi"/> first.</exception>
    public ProxmoxClientOptions ToClientOptions() => CanReachApi
        ? new ProxmoxClientOptions
        {
            Endpoint = Endpoint!,
            TokenId = TokenId!,
            TokenSecret = TokenSecret!,
            Tls = Tls!,
            SettingNames = LabVariables.ProxmoxNames,
        }
        : throw new InvalidOperationException("The API settings are incomplete; check CanReachApi first.");

    // Records print every property; keep the secret out of anything that prints the settings.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"AccessHost = {AccessHost}, TokenId = {TokenId}, TokenSecret = ***, Node = {Node}, StorageVm = {StorageVm}, ");
        builder.Append($"Bridge = {Bridge}, StorageIso = {StorageIso}, Tls = {Tls?.Mode}, Failures = {Failures.Count}");
        return true;
    }
}
