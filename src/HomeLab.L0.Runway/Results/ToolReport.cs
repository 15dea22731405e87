namespace HomeLab.L0.Runway.Results;

/// <summary>One tool a later layer runs: where it was found and which version it reported.</summary>
public sealed record ToolReport(string Name, string NeededBy, bool Found, string? Path, string? Version);
