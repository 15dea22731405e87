using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// A read-only check against the Proxmox API. The runner only runs it when the API answered /version,
/// every variable in <see cref="NeededVariables"/> is set and, if <see cref="NeedsUsableNode"/>, PVE_NODE is online;
/// otherwise it records the check as skipped and says why.
/// </summary>
public interface IApiCheck
{
    string Name { get; }

    IReadOnlyList<string> NeededVariables { get; }

    /// <summary>The check reads below /nodes/{node}, which fails for a node that is unknown or offline.</summary>
    bool NeedsUsableNode { get; }

    Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api);
}
