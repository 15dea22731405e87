namespace HomeLab.Proxmox.Simulator;

/// <summary>A worker's "die": the task stops with "TASK ERROR: &lt;message&gt;" and the message as exit status.</summary>
internal sealed class TaskFailure(string message) : Exception(message);
