using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Check 2: GET /version answers, so the API is reachable and the token accepted, and Proxmox is 8.0 or newer.</summary>
public sealed class ApiVersionCheck : IApiCheck
{
    public const int MinimumMajor = 8;

    public string Name => CheckNames.Api;

    public IReadOnlyList<string> NeededVariables => LabVariables.Connection;

    public bool NeedsUsableNode => false;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        PveVersion version;
        try
        {
            version = await api.Version.ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            // The client's message is already a plain sentence with the fix (e.g. the :8006 hint).
            return CheckResult.Fail(Name, ex.Message.Trim());
        }

        var shown = string.IsNullOrWhiteSpace(version.Release) ? version.Version : version.Release;
        if (version.Major == 0)
        {
            return CheckResult.From(Name, [], [$"Could not tell the Proxmox VE major version from '{version.Version}'; later layers need 8.0 or newer."], "");
        }

        if (version.Major < MinimumMajor)
        {
            return CheckResult.Fail(Name, $"Proxmox VE {shown} is older than {MinimumMajor}.0, which later layers need.");
        }

        return CheckResult.Ok(Name, $"Proxmox VE {version.Version} at {settings.Endpoint?.BaseUrl}; token {settings.TokenId} accepted");
    }
}
