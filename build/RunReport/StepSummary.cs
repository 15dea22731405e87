using System.Globalization;
using System.Text;
using Cake.Frosting;
using HomeLab.L2.Instances.Terraform;

namespace HomeLab.Build.RunReport;

/// <summary>
/// The Markdown GitHub Actions shows on a run's page (appended to <c>GITHUB_STEP_SUMMARY</c>): a table of the tasks
/// and, when the run planned L2, what each persona's plan would add, change, replace and destroy.
/// </summary>
internal static class StepSummary
{
    public static string Render(ReportedRun report, IReadOnlyList<PersonaPlan> plans, Func<string, string> redact)
    {
        var run = report.Run;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### HomeLab {Cell(string.Join(", ", run.Targets))}: {report.Outcome} (exit code {run.ExitCode})\n\n");
        text.Append("| Task | Status | Duration | Details |\n|---|---|---|---|\n");
        foreach (var task in report.Tasks.Select(reported => reported.Task))
        {
            var details = task.Status switch
            {
                TaskRunStatus.Skipped => task.SkipReason,
                TaskRunStatus.Failed or TaskRunStatus.Interrupted => task.Error,
                _ => null,
            };
            details = string.Join("; ", new[] { details, task.Criteria is null ? null : $"criteria: {task.Criteria}" }.OfType<string>());
            var duration = task.Start is null ? "-" : task.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(task.Name)} | {Status(task.Status)} | {duration} | {Cell(details)} |\n");
        }

        if (plans.Count > 0)
        {
            text.Append("\n#### L2 plan\n\n| Persona | Add | Change | Replace | Destroy |\n|---|---|---|---|---|\n");
            foreach (var plan in plans)
            {
                var persona = Cell(redact(plan.Root.Persona.ToString()));
                text.Append(plan.Summary is { } summary
                    ? string.Create(CultureInfo.InvariantCulture, $"| {persona} | {summary.Add.Count} | {summary.Change.Count} | {summary.Replace.Count} | {summary.Destroy.Count} |\n")
                    : $"| {persona} | - | - | - | - |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static string Status(TaskRunStatus status) => status switch
    {
        TaskRunStatus.Succeeded => "✅ succeeded",
        TaskRunStatus.Failed => "❌ failed",
        TaskRunStatus.Interrupted => "⛔ interrupted",
        TaskRunStatus.Skipped => "⏭️ skipped",
        _ => "⏸️ not run",
    };

    // A table cell is one line, and a "|" would end it.
    private static string Cell(string? text) => (text ?? "")
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);
}
