namespace HomeLab.L0.Runway.Tools;

/// <summary>Finds a tool and asks it for its version.</summary>
public interface IToolProbe
{
    Task<ToolProbeResult> ProbeAsync(ToolRequirement tool, TimeSpan timeout, CancellationToken cancellationToken = default);
}

/// <summary>
/// What probing one tool found. <see cref="Path"/> is null when the tool is not on PATH; <see cref="Problem"/> says
/// why a tool that was found did not report a version, and <see cref="Started"/> whether it could run at all.
/// </summary>
public sealed record ToolProbeResult(string? Path, string? Version, bool Started, string? Problem)
{
    public bool Found => Path is not null;

    public static ToolProbeResult NotFound { get; } = new(null, null, false, null);
}
