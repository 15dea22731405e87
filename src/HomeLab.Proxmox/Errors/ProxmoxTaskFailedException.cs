namespace HomeLab.Proxmox;

/// <summary>
/// A Proxmox task stopped with an error exit status. <see cref="LogTail"/> holds the last lines of its log (ending
/// with "TASK ERROR: …"), which usually say what went wrong.
/// </summary>
public sealed class ProxmoxTaskFailedException(Upid upid, string exitStatus, IReadOnlyList<string> logTail)
    : ProxmoxException($"The Proxmox task {upid.Description} failed: {exitStatus.Trim().TrimEnd('.')}.")
{
    public Upid Upid { get; } = upid;

    /// <summary>The error text, as the task status's exitstatus gives it.</summary>
    public string ExitStatus { get; } = exitStatus;

    public IReadOnlyList<string> LogTail { get; } = logTail;
}
