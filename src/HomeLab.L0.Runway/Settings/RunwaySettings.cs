using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Settings;

/// <summary>
/// What the environment says, already validated. Values that were missing or invalid are null and their
/// reasons are in <see cref="Failures"/>; the optional ones hold their defaults.
/// </summary>
public sealed record RunwaySettings
{
    public string? AccessHost { get; init; }

    /// <summary>Null when PVE_ACCESS_HOST is missing or invalid.</summary>
    public ProxmoxEndpoint? Endpoint { get; init; }

    public string? TokenId { get; init; }

    /// <summary>PM_TOKEN_SECRET. Only ever handed to the client and to the redactor.</summary>
    public string? TokenSecret { get; init; }

    public string? Node { get; init; }

    public string? StorageVm { get; init; }

    public string Bridge { get; init; } = RunwayVariables.DefaultBridge;

    public string StorageIso { get; init; } = RunwayVariables.DefaultStorageIso;

    /// <summary>Null when L0_MIN_FREE_GIB_ISO is not a number.</summary>
    public double? MinFreeGibIso { get; init; } = RunwayVariables.DefaultMinFreeGibIso;

    /// <summary>Null when L0_MIN_FREE_PCT_VM is not a percentage.</summary>
    public double? MinFreePctVm { get; init; } = RunwayVariables.DefaultMinFreePctVm;

    /// <summary>Null when the TLS variables contradict each other or are invalid.</summary>
    public ProxmoxTlsOptions? Tls { get; init; } = ProxmoxTlsOptions.Verify;

    /// <summary>Required variables that are unset or blank, in <see cref="RunwayVariables.Required"/> order.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public IReadOnlyList<string> Failures { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Everything an API call needs is present and valid.</summary>
    public bool CanReachApi => Endpoint is not null && TokenId is not null && TokenSecret is not null && Tls is not null;

    public bool IsMissing(string variable) => Missing.Contains(variable);

    public ProxmoxClientOptions ToClientOptions(RunwayOptions options, IResponseRecorder? recorder)
    {
        if (!CanReachApi)
        {
            throw new InvalidOperationException("The API settings are incomplete; check CanReachApi first.");
        }

        return new ProxmoxClientOptions
        {
            Endpoint = Endpoint!,
            TokenId = TokenId!,
            TokenSecret = TokenSecret!,
            Tls = Tls!,
            Timeout = options.ApiTimeout,
            MaxRetries = options.ApiMaxRetries,
            RetryBaseDelay = options.ApiRetryBaseDelay,
            Recorder = recorder,
        };
    }
}
