using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>The one-line description of why a build step failed.</summary>
internal static class FailureText
{
    /// <summary>How many of a failed task's last log lines are quoted.</summary>
    public const int QuotedLogLines = 4;

    /// <summary>
    /// The exception's message on one line; for a failed Proxmox task, followed by the last lines of its log (which
    /// usually say what went wrong).
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        ProxmoxTaskFailedException failed => WithLogTail(failed),
        _ => OneLine.Of(exception.Message),
    };

    private static string WithLogTail(ProxmoxTaskFailedException failed)
    {
        var message = OneLine.Of(failed.Message).TrimEnd('.');
        var tail = failed.LogTail
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .TakeLast(QuotedLogLines)
            .ToList();
        return tail.Count == 0 ? message + "." : $"{message}; task log: {string.Join(" | ", tail)}";
    }
}
