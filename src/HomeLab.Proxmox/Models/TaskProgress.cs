namespace HomeLab.Proxmox;

/// <summary>Reported by WaitForTaskAsync after each poll: the status, the log lines new since the last report, the time waited.</summary>
public sealed record TaskProgress(PveTaskStatus Status, IReadOnlyList<PveTaskLogLine> NewLines, TimeSpan Elapsed);
