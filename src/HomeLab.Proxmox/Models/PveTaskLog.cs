namespace HomeLab.Proxmox;

/// <summary>One task log line; <see cref="Number"/> is 1-based.</summary>
public sealed record PveTaskLogLine(int Number, string Text);

/// <summary>A page of GET /nodes/{node}/tasks/{upid}/log; <see cref="Total"/> counts every line of the log.</summary>
public sealed record PveTaskLog(IReadOnlyList<PveTaskLogLine> Lines, int Total);
