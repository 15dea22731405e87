namespace HomeLab.Proxmox;

/// <summary>How to reach and authenticate to one Proxmox VE API.</summary>
public sealed record ProxmoxClientOptions
{
    public required ProxmoxEndpoint Endpoint { get; init; }

    /// <summary>The full token id, <c>user@realm!tokenname</c> .</summary>
    public required string TokenId { get; init; }

    /// <summary>The token secret. Never logged, never part of an error message.</summary>
    public required string TokenSecret { get; init; }

    public ProxmoxTlsOptions Tls { get; init; } = ProxmoxTlsOptions.Verify;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one upload may take, from the first byte sent to the answer. Separate from <see cref="Timeout"/>:
    /// a multi-GB ISO takes minutes. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> means no limit.
    /// </summary>
    public TimeSpan UploadTimeout { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How many times a GET is retried after a transient failure (POSTs and DELETEs never are).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry waits this long; each later one waits twice as long as the one before.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public IResponseRecorder? Recorder { get; init; }

    /// <summary>How error messages name the settings they suggest changing.</summary>
    public ProxmoxSettingNames SettingNames { get; init; } = ProxmoxSettingNames.Options;

    // Records print every property; keep the secret out of logs that print the options.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Endpoint = {Endpoint.BaseUrl}, TokenId = {TokenId}, TokenSecret = ***, Tls = {Tls.Mode}, ");
        builder.Append($"Timeout = {Timeout}, UploadTimeout = {UploadTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}");
        return true;
    }
}
