using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tools;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// Check 8, for one tool: it is on PATH and reports a version. A tool that is missing (or does not start) fails the
/// check only when a layer this run reaches needs it; otherwise it is a warning naming that layer. In a simulation it
/// only warns.
/// </summary>
public sealed class ToolCheck(ToolRequirement tool)
{
    public const string SimulationSuffix = " Only a warning: the simulation does not run it.";

    public ToolRequirement Tool { get; } = tool;

    public string Name => CheckNames.Tool(Tool.Name);

    public async Task<(CheckResult Check, ToolReport Report)> RunAsync(IToolProbe probe, RunwayOptions options, CancellationToken cancellationToken)
    {
        var found = await probe.ProbeAsync(Tool, options.ToolTimeout, cancellationToken).ConfigureAwait(false);
        var needed = Tool.IsNeeded(options.ReachedLayers);
        var report = new ToolReport(Tool.Name, Tool.NeededBy, found.Found, found.Path, found.Version) { Required = needed };
        return (Judge(found, needed, options.Simulation), report);
    }

    private CheckResult Judge(ToolProbeResult found, bool needed, bool simulation)
    {
        var unreached = needed ? "" : ", which this run does not reach";
        string? unusable = !found.Found ? (needed ? Tool.MissingReason : Tool.NotReachedReason)
            : !found.Started ? $"{Tool.Name} at {found.Path} {found.Problem} (needed by {Tool.NeededBy}{unreached})."
            : null;
        if (unusable is not null)
        {
            return !needed ? CheckResult.From(Name, [], [unusable], "")
                : simulation ? CheckResult.From(Name, [], [unusable + SimulationSuffix], "")
                : CheckResult.Fail(Name, unusable);
        }

        if (found.Version is null)
        {
            return CheckResult.From(Name, [], [$"{Tool.Name} at {found.Path} did not report its version: {found.Problem}."], "");
        }

        return CheckResult.Ok(Name, $"{found.Version} at {found.Path}");
    }
}
