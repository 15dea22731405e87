using HomeLab.L0.Runway.Tools;
using HomeLab.Secrets;

namespace HomeLab.L0.Runway;

/// <summary>How the caller wants the runway to run. The defaults suit a real run.</summary>
public sealed record RunwayOptions
{
    /// <summary>Leave the tool checks out (--skip-tools).</summary>
    public bool SkipTools { get; init; }

    /// <summary>A missing tool is a warning, not a failure: the simulation does not run the tools.</summary>
    public bool Simulation { get; init; }

    /// <summary>
    /// The layers this run goes on to: a missing tool fails L0 only when one of them needs it, and otherwise warns.
    /// Empty for L0 alone; null (the default) when the caller does not say, and then every layer counts.
    /// </summary>
    public IReadOnlySet<LabLayer>? ReachedLayers { get; init; }

    /// <summary>Doppler injects the secrets, so the doppler CLI must be on PATH too.</summary>
    public bool DopplerEnabled { get; init; }

    /// <summary>
    /// What the selected OSes' templates need of the node (storage content, Proxmox VE features); without it (null)
    /// the runway does not check them. The host computes them with L1's <c>TemplateNeeds</c>.
    /// </summary>
    public Proxmox.PveNeeds? Needs { get; init; }

    public TimeSpan ApiTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public int ApiMaxRetries { get; init; } = 3;

    public TimeSpan ApiRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one tool's version probe may take before it is abandoned.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The run's redactor, already holding the values Doppler loaded; the runner adds the token secret to it.
    /// Without one, the runner masks the token secret alone.
    /// </summary>
    public SecretRedactor? Redactor { get; init; }
}
