using Cake.Cli;
using Cake.Core;
using Cake.Frosting;
using HomeLab.Configuration;
using HomeLab.Secrets;

namespace HomeLab.Build.RunReport;

/// <summary>
/// Writes <c>artifacts/run-report.json</c> and <c>artifacts/run-report.junit.xml</c> after every run of tasks, and
/// appends the step summary when <c>GITHUB_STEP_SUMMARY</c> names a file. Every text passes through the redactor
/// first. Runs of <c>Default</c> and <c>Clean</c> alone write none: one changes nothing, the other returns the working
/// copy to a fresh checkout.
/// </summary>
public sealed class RunReportWriter(IFrostingContext context, ICakeEnvironment environment, SecretRedactor redactor, IVersionResolver version)
    : IRunReportWriter
{
    public const string JsonFile = "run-report.json";
    public const string JUnitFile = "run-report.junit.xml";

    private static readonly string[] Unreported = ["Default", "Clean"];

    // Values of options whose name says they are secret are masked even when the redactor does not know them.
    private static readonly string[] SecretOptionWords = ["secret", "token", "password"];

    public void Write(RunRecord run)
    {
        // The tasks the host ran, after the layer aliases were expanded: L1 --exclusive is Secrets, BuildTemplates, …
        if (run.Targets.All(target => Unreported.Contains(target, StringComparer.OrdinalIgnoreCase)))
        {
            return;
        }

        var build = (BuildContext)context;
        var artifacts = build.ArtifactsDirectory.FullPath;
        Directory.CreateDirectory(artifacts);
        var json = Path.Combine(artifacts, JsonFile);
        var junit = Path.Combine(artifacts, JUnitFile);

        var report = Build(run, build, new HashSet<string>([json, junit], StringComparer.Ordinal));
        RunReportJson.Write(json, report);
        RunReportJUnit.Write(junit, report);

        if (environment.GetEnvironmentVariable(LabVariables.GitHubStepSummary) is { Length: > 0 } summary)
        {
            var plans = run.Tasks.Any(task => task.Name == "PlanInstances" && task.Start is not null) ? build.PlannedInstances : [];
            File.AppendAllText(summary, StepSummary.Render(report, plans, redactor.Redact));
        }
    }

    private ReportedRun Build(RunRecord run, BuildContext build, IReadOnlySet<string> reportFiles)
    {
        var lab = build.IsSimulation ? build.SimulatedLabDirectory : build.OperatorLabDirectory;
        var written = RunArtifacts.ByTask(run, environment.WorkingDirectory.FullPath, build.ArtifactsDirectory.FullPath, lab.FullPath, reportFiles);
        var redacted = run with
        {
            Targets = OperatorCommandLine.Targets(OperatorCommandLine.Arguments).Select(redactor.Redact).ToList(),
            Arguments = RedactArguments(OperatorCommandLine.Arguments),
            Error = Redact(run.Error),
            Tasks = run.Tasks.Select(task => task with
            {
                SkipReason = Redact(task.SkipReason),
                Error = Redact(task.Error),
                Criteria = Redact(task.Criteria),
            }).ToList(),
        };

        var tasks = redacted.Tasks
            .Select(task => new ReportedTask(task, TaskLayers.Of(task.Name), written[task.Name].Select(redactor.Redact).ToList()))
            .ToList();
        var unattributed = written[""].ToList();
        if (unattributed.Count > 0 && tasks.Count > 0)
        {
            // Written by the run's setup, before any task: the first task's layer is the closest owner.
            tasks[0] = tasks[0] with { Artifacts = [.. unattributed.Select(redactor.Redact), .. tasks[0].Artifacts] };
        }

        return new ReportedRun(redacted, version.GetVersion(), tasks);
    }

    private List<string> RedactArguments(IEnumerable<string> arguments) => arguments
        .Select(argument =>
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            return separator > 0 && SecretOptionWords.Any(word => argument[..separator].Contains(word, StringComparison.OrdinalIgnoreCase))
                ? argument[..(separator + 1)] + SecretRedactor.Mask
                : redactor.Redact(argument);
        })
        .ToList();

    private string? Redact(string? text) => text is null ? null : redactor.Redact(text);
}
