namespace HomeLab.Tools.WhatIf;

/// <summary>What one task of the run would do: its steps, or why it would be skipped.</summary>
/// <param name="Task">The task's name, e.g. <c>PlanInstances</c>.</param>
/// <param name="Steps">What it would do, in order; empty when skipped or when it has nothing of its own to do.</param>
/// <param name="Skipped">Why it would be skipped (its criteria), or null when it would run.</param>
public sealed record TaskPlan(string Task, IReadOnlyList<PlanStep> Steps, string? Skipped = null)
{
    public bool WouldRun => Skipped is null;
}
