namespace HomeLab.L0.Runway.Results;

/// <summary>One tool a later layer runs: where it was found and which version it reported.</summary>
public sealed record ToolReport(string Name, string NeededBy, bool Found, string? Path, string? Version)
{
    /// <summary>Whether this run needs it (a layer it reaches runs it); a missing tool that is not required only warns.</summary>
    public bool Required { get; init; } = true;
}
