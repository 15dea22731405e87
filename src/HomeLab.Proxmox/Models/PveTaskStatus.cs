namespace HomeLab.Proxmox;

/// <summary>
/// GET /nodes/{node}/tasks/{upid}/status. For a task a token started, <see cref="User"/> is the user part and
/// <see cref="TokenId"/> the token's name. <see cref="ExitStatus"/> is null while running.
/// </summary>
public sealed record PveTaskStatus(Upid Upid, string Node, string Type, string Id, string User, string? TokenId, string Status, string? ExitStatus)
{
    public bool IsRunning => string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase);

    public bool IsStopped => !IsRunning;

    /// <summary>Stopped with "OK", or with "WARNINGS: n" (which Proxmox counts as success).</summary>
    public bool Succeeded =>
        IsStopped && ExitStatus is { } status && (status == "OK" || status.StartsWith("WARNINGS", StringComparison.Ordinal));
}
