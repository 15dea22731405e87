using System.Diagnostics;

namespace HomeLab.Proxmox.Tasks;

/// <summary>
/// Polls a task on the node named in its UPID until it stops. With a progress sink, each poll also fetches the log
/// lines added since the last one. A failed task (anything but OK or WARNINGS) becomes a
/// <see cref="ProxmoxTaskFailedException"/> with the last lines of its log. Polls come quickly at first and then
/// slow down to the poll interval, because most tasks (template, stop, small uploads) finish in well under a second.
/// </summary>
internal sealed class TaskWaiter(IProxmoxClient client)
{
    public const int LogTailLines = 20;

    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromHours(1);

    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromMilliseconds(50);

    public async Task<PveTaskStatus> WaitAsync(Upid upid, IProgress<TaskProgress>? progress, TimeSpan pollInterval, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var seen = 0;
        var delay = FirstPollDelay < pollInterval ? FirstPollDelay : pollInterval;
        while (true)
        {
            var status = await client.GetTaskStatusAsync(upid, cancellationToken).ConfigureAwait(false);
            if (progress is not null)
            {
                var log = await client.GetTaskLogAsync(upid, seen, limit: 0, cancellationToken).ConfigureAwait(false);
                seen += log.Lines.Count;
                progress.Report(new TaskProgress(status, log.Lines, clock.Elapsed));
            }

            if (status.IsStopped)
            {
                return status.Succeeded
                    ? status
                    : throw new ProxmoxTaskFailedException(upid, status.ExitStatus ?? "unknown exit status", await LogTailAsync(upid, cancellationToken).ConfigureAwait(false));
            }

            if (timeout != Timeout.InfiniteTimeSpan && clock.Elapsed >= timeout)
            {
                throw new ProxmoxTimeoutException(
                    $"The Proxmox task {upid.Description} was still running after {Describe(timeout)}; it may yet finish on the node (task {upid}).");
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 < pollInterval ? delay * 2 : pollInterval;
        }
    }

    /// <summary>The last <see cref="LogTailLines"/> lines; empty if even the log cannot be read.</summary>
    private async Task<IReadOnlyList<string>> LogTailAsync(Upid upid, CancellationToken cancellationToken)
    {
        try
        {
            var head = await client.GetTaskLogAsync(upid, 0, 1, cancellationToken).ConfigureAwait(false);
            var start = Math.Max(0, head.Total - LogTailLines);
            var tail = await client.GetTaskLogAsync(upid, start, LogTailLines, cancellationToken).ConfigureAwait(false);
            return tail.Lines.Select(line => line.Text).ToList();
        }
        catch (ProxmoxException)
        {
            return [];
        }
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 ? $"{timeout.TotalMinutes:0.#} min" : $"{timeout.TotalSeconds:0.#} s";
}
