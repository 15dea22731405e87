using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tools;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Check 8, for one tool: it is on PATH and reports a version. In a simulation a missing tool only warns.</summary>
public sealed class ToolCheck(ToolRequirement tool)
{
    public const string SimulationSuffix = " Only a warning: the simulation does not run it.";

    public ToolRequirement Tool { get; } = tool;

    public string Name => CheckNames.Tool(Tool.Name);

    public async Task<(CheckResult Check, ToolReport Report)> RunAsync(IToolProbe probe, RunwayOptions options, CancellationToken cancellationToken)
    {
        var found = await probe.ProbeAsync(Tool, options.ToolTimeout, cancellationToken).ConfigureAwait(false);
        var report = new ToolReport(Tool.Name, Tool.NeededBy, found.Found, found.Path, found.Version);
        return (Judge(found, options.Simulation), report);
    }

    private CheckResult Judge(ToolProbeResult found, bool simulation)
    {
        string? unusable = !found.Found ? Tool.MissingReason
            : !found.Started ? $"{Tool.Name} at {found.Path} {found.Problem} (needed by {Tool.NeededBy})."
            : null;
        if (unusable is not null)
        {
            return simulation ? CheckResult.From(Name, [], [unusable + SimulationSuffix], "") : CheckResult.Fail(Name, unusable);
        }

        if (found.Version is null)
        {
            return CheckResult.From(Name, [], [$"{Tool.Name} at {found.Path} did not report its version: {found.Problem}."], "");
        }

        return CheckResult.Ok(Name, $"{found.Version} at {found.Path}");
    }
}
