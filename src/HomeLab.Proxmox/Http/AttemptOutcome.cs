namespace HomeLab.Proxmox.Http;

/// <summary>The result of one HTTP attempt: a successful body, or a failure that may be worth retrying.</summary>
internal sealed class AttemptOutcome
{
    private readonly Func<int, ProxmoxException>? _failure;

    private AttemptOutcome(string? body, bool isTransient, Func<int, ProxmoxException>? failure)
    {
        Body = body;
        IsTransient = isTransient;
        _failure = failure;
    }

    public string? Body { get; }

    public bool IsSuccess => _failure is null;

    /// <summary>Connection refused/reset, 502/503/504 or a timeout: another attempt may succeed.</summary>
    public bool IsTransient { get; }

    public static AttemptOutcome Success(string? body) => new(body, false, null);

    /// <param name="describe">Builds the exception, given how many attempts were made in total.</param>
    public static AttemptOutcome Failure(bool isTransient, Func<int, ProxmoxException> describe) => new(null, isTransient, describe);

    public ProxmoxException ToException(int attempts) =>
        _failure?.Invoke(attempts) ?? throw new InvalidOperationException("A successful attempt has no exception.");
}
