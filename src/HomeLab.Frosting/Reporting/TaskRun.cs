namespace Cake.Frosting;

/// <summary>One task of a run: how it ended, how long it took and why it was skipped or failed.</summary>
/// <param name="Criteria">What its criteria said in this run (<see cref="ICriteriaDescription"/>), when it describes them.</param>
public sealed record TaskRun(
    string Name,
    TaskRunStatus Status,
    DateTimeOffset? Start,
    TimeSpan Duration,
    string? SkipReason,
    string? Error,
    string? Criteria);
