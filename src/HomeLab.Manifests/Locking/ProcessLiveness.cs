using System.Diagnostics;

namespace HomeLab.Manifests;

/// <summary>Whether the process a lock names is still the one that took it.</summary>
internal static class ProcessLiveness
{
    /// <summary>Slack between a process's start time and the time it wrote its lock (clock granularity).</summary>
    private static readonly TimeSpan StartTimeSlack = TimeSpan.FromSeconds(2);

    /// <summary>
    /// True when a process with that pid runs and started before the lock was taken; a pid that is free, or that now
    /// belongs to a process started after the lock was taken (the pid was reused), is dead for the lock's purpose.
    /// </summary>
    public static bool IsAlive(int pid, DateTimeOffset lockedSince)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            return process.StartTime.ToUniversalTime() <= lockedSince.UtcDateTime + StartTimeSlack;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It exists but cannot be inspected: count it as alive rather than take a lock from a running process.
            return true;
        }
    }
}
