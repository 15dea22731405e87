using System.Diagnostics;
using HomeLab.Proxmox;
using Spectre.Console;

namespace HomeLab.L1.Templates;

/// <summary>
/// How the builders show their steps and progress. On an interactive terminal, waits are a spinner with the Proxmox
/// task's status and uploads a progress bar; when the output is redirected (CI logs, tests), plain lines instead: the
/// step, a heartbeat while a task runs long, and an upload line every tenth. Every text goes through the redactor.
/// </summary>
internal sealed class BuildConsole(IAnsiConsole console, Func<string, string> redact, TimeSpan? heartbeat = null)
{
    /// <summary>How often a long task is reported in plain output, by default.</summary>
    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _heartbeat = heartbeat ?? DefaultHeartbeat;

    public bool Interactive => console.Profile.Capabilities.Interactive;

    /// <summary>The start of one OS's build.</summary>
    public void Heading(string text)
    {
        if (Interactive)
        {
            console.Write(new Rule($"[bold]{Safe(text)}[/]") { Justification = Justify.Left });
        }
        else
        {
            console.MarkupLine($"[bold]{Safe(text)}[/]");
        }
    }

    public void Step(string text) => console.MarkupLine($"  - {Safe(text)}");

    public void Warning(string text) => console.MarkupLine($"  [yellow]! {Safe(text)}[/]");

    public void Done(string text) => console.MarkupLine($"  [green]ok[/] {Safe(text)}");

    /// <summary>Waits for a Proxmox task, showing what it is doing; returns its final status (throws when it failed).</summary>
    public async Task<PveTaskStatus> WaitForTaskAsync(
        IProxmoxClient client, Upid upid, string what, TimeSpan pollInterval, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var lastLine = string.Empty;
        string Describe(TaskProgress report)
        {
            if (report.NewLines.Count > 0)
            {
                lastLine = report.NewLines[^1].Text.Trim();
            }

            var tail = lastLine.Length > 0 ? ": " + lastLine : string.Empty;
            return $"{what}: {report.Status.Status} for {ByteText.Duration(report.Elapsed)}{tail}";
        }

        PveTaskStatus status;
        if (Interactive)
        {
            status = await console.Status().Spinner(Spinner.Known.Dots).StartAsync(Safe(what), async context =>
            {
                var progress = new InlineProgress<TaskProgress>(report => context.Status = Safe(Describe(report)));
                return await client.WaitForTaskAsync(upid, progress, pollInterval, timeout, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            Step($"{what} (task {upid.Description})");
            var nextHeartbeat = _heartbeat;
            var progress = new InlineProgress<TaskProgress>(report =>
            {
                var line = Describe(report);
                if (report.Elapsed >= nextHeartbeat && report.Status.IsRunning)
                {
                    nextHeartbeat = report.Elapsed + _heartbeat;
                    Step(line);
                }
            });
            status = await client.WaitForTaskAsync(upid, progress, pollInterval, timeout, ct).ConfigureAwait(false);
        }

        Done($"{what}: {status.ExitStatus ?? status.Status} after {ByteText.Duration(watch.Elapsed)}");
        return status;
    }

    /// <summary>Runs an upload, showing bytes sent, rate and time left.</summary>
    public async Task<T> UploadAsync<T>(string what, long totalBytes, Func<IProgress<UploadProgress>, Task<T>> upload)
    {
        var watch = Stopwatch.StartNew();
        T result;
        if (Interactive)
        {
            result = await console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new DownloadedColumn(),
                    new TransferSpeedColumn(),
                    new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask(Safe(what), maxValue: Math.Max(1, totalBytes));
                    var value = await upload(new InlineProgress<UploadProgress>(report => bar.Value = report.BytesSent)).ConfigureAwait(false);
                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                    return value;
                }).ConfigureAwait(false);
        }
        else
        {
            Step($"{what}: {ByteText.Size(totalBytes)}");
            var reportedTenths = 0;
            var progress = new InlineProgress<UploadProgress>(report =>
            {
                var tenths = (int)Math.Floor(report.Fraction * 10);
                if (tenths > reportedTenths && report.BytesSent > 0)
                {
                    reportedTenths = tenths;
                    Step(UploadLine(what, report, watch.Elapsed));
                }
            });
            result = await upload(progress).ConfigureAwait(false);
        }

        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
        Done($"{what}: {ByteText.Size(totalBytes)} sent in {ByteText.Duration(watch.Elapsed)} ({ByteText.Rate(totalBytes / seconds)})");
        return result;
    }

    private static string UploadLine(string what, UploadProgress report, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var rate = report.BytesSent / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((report.TotalBytes - report.BytesSent) / rate) : TimeSpan.Zero;
        return $"{what}: {report.Fraction * 100:0}% ({ByteText.Size(report.BytesSent)} of {ByteText.Size(report.TotalBytes)}, " +
               $"{ByteText.Rate(rate)}, about {ByteText.Duration(left)} left)";
    }

    private string Safe(string text) => Markup.Escape(redact(text));
}
