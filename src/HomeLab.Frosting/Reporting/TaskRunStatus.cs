namespace Cake.Frosting;

/// <summary>How a task of a run ended.</summary>
public enum TaskRunStatus
{
    Succeeded,
    Failed,
    /// <summary>Its criteria were not met.</summary>
    Skipped,
    /// <summary>It was running when the run was interrupted (SIGINT, SIGTERM).</summary>
    Interrupted,
    /// <summary>The run stopped before it was reached (an earlier failure or an interruption).</summary>
    NotRun,
}
