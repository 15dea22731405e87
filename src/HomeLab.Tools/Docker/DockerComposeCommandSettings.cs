using Cake.Core.Diagnostics;
using Cake.Core.Tooling;

namespace HomeLab.Tools.Docker;

/// <summary>
/// Settings every compose command shares besides the stack's (<see cref="DockerComposeSettings"/>): where the output
/// goes. <see cref="ToolSettings.ToolPath"/>, when set, is the program of the chosen Compose: <c>docker</c> for the
/// plugin, <c>docker-compose</c> for v1. Only the properties each command documents become arguments: none of
/// ToolSettings' own (such as <see cref="ToolSettings.ToolTimeout"/>) ever reaches the command line.
/// </summary>
public abstract class DockerComposeCommandSettings : ToolSettings, IToolOutputSettings
{
    /// <summary>How verbose the log must be for Compose's output lines to show; <see cref="Verbosity.Normal"/> by default.</summary>
    public Verbosity OutputVerbosity { get; set; } = Verbosity.Normal;

    /// <summary>Write Compose's output lines to the Cake log (the default); the last lines are kept for the error message either way.</summary>
    public bool LogOutput { get; set; } = true;

    /// <summary>Called with each output line, already redacted, whether or not it is logged.</summary>
    public Action<string>? OutputLineReceived { get; set; }
}
