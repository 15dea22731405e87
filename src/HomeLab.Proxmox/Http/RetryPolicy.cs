namespace HomeLab.Proxmox.Http;

/// <summary>Exponential backoff: the first retry waits <see cref="BaseDelay"/>, each later one twice as long.</summary>
internal sealed record RetryPolicy(int MaxRetries, TimeSpan BaseDelay)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static RetryPolicy From(ProxmoxClientOptions options) =>
        new(Math.Max(0, options.MaxRetries), options.RetryBaseDelay < TimeSpan.Zero ? TimeSpan.Zero : options.RetryBaseDelay);

    /// <summary>Whether another attempt may follow attempt number <paramref name="attempt"/> (1-based).</summary>
    public bool AllowsRetryAfter(int attempt) => attempt <= MaxRetries;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var delay = BaseDelay * Math.Pow(2, Math.Max(0, retry - 1));
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
