namespace Cake.Frosting;

/// <summary>What a run did, for <see cref="IRunReportWriter"/>: handed over once it has ended, failed or been interrupted.</summary>
public sealed record RunRecord
{
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>The command line as the host received it; writers redact what must not be kept.</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>The tasks in run order: those that ran, then those the run did not reach.</summary>
    public required IReadOnlyList<TaskRun> Tasks { get; init; }

    /// <summary>Why the run failed, when it did (a task's error, or one from outside any task).</summary>
    public string? Error { get; init; }

    /// <summary>The signal that interrupted the run (<c>SIGINT</c>, <c>SIGTERM</c>); null when it ran to its end.</summary>
    public string? Interruption { get; init; }
}
