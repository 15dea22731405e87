using Cake.Frosting;

namespace HomeLab.Build.RunReport;

/// <summary>
/// A run as the report files show it: every text redacted, each task with its layer and the files it wrote.
/// Built once; the JSON, JUnit and step-summary writers only lay it out.
/// </summary>
internal sealed record ReportedRun(RunRecord Run, string Version, IReadOnlyList<ReportedTask> Tasks)
{
    public string Outcome => Run.Interruption is not null ? "interrupted" : Run.ExitCode == 0 ? "succeeded" : "failed";

    /// <summary>The files each layer wrote, by layer (L0 … L4, then "other" for tasks outside the layers).</summary>
    public IReadOnlyList<(string Layer, IReadOnlyList<string> Files)> ArtifactsByLayer => Tasks
        .Where(task => task.Artifacts.Count > 0)
        .GroupBy(task => task.Layer ?? "other")
        .Select(group => (group.Key, (IReadOnlyList<string>)group.SelectMany(task => task.Artifacts).ToList()))
        .ToList();
}

/// <summary>One task of a <see cref="ReportedRun"/>.</summary>
internal sealed record ReportedTask(TaskRun Task, string? Layer, IReadOnlyList<string> Artifacts);
