using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// Check 4: PVE_BRIDGE is a bridge on the node (GET /nodes/{node}/network); inactive is only a warning.
/// Proxmox drops bridges from that list for a token without SDN.Audit or SDN.Use on the bridge's SDN path,
/// so a missing bridge is first explained by the token's permissions when they say so.
/// </summary>
public sealed class BridgeCheck : IApiCheck
{
    public string Name => CheckNames.Bridge;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node];

    public bool NeedsUsableNode => true;

    public static string SdnPath(string bridge) => $"/sdn/zones/localnetwork/{bridge}";

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        var node = settings.Node!;
        var bridge = settings.Bridge;
        IReadOnlyList<PveNetworkInterface> interfaces;
        try
        {
            interfaces = await api.Network(node).ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            return CheckResult.Fail(Name, $"Could not read the network of node '{node}': {Reasons.Plain(ex.Message)}.");
        }

        var found = interfaces.FirstOrDefault(i => i.Iface == bridge);
        if (found is null)
        {
            if (await TokenCannotSeeAsync(api, bridge).ConfigureAwait(false))
            {
                return CheckResult.Fail(Name,
                    $"Bridge '{bridge}' is not visible: token lacks SDN.Audit on {SdnPath(bridge)}, so Proxmox hides bridges from it; grant SDN.Audit or SDN.Use on that path.");
            }

            var bridges = Reasons.List(interfaces.Where(i => i.IsBridge).Select(i => i.Iface), "none");
            return CheckResult.Fail(Name, $"Bridge '{bridge}' not found on node '{node}'; its bridges: {bridges}.");
        }

        if (!found.IsBridge)
        {
            return CheckResult.Fail(Name, $"'{bridge}' on node '{node}' is of type '{found.Type}', not a bridge; set {LabVariables.Bridge} to a bridge.");
        }

        if (!found.Active)
        {
            return CheckResult.From(Name, [],
                [$"Bridge '{bridge}' on node '{node}' is not active; guests attached to it get no network until it is brought up."], "");
        }

        return CheckResult.Ok(Name, $"bridge '{bridge}' is active on node '{node}'");
    }

    /// <summary>True only when the permissions answer shows the token may not see the bridge; unknown counts as visible.</summary>
    private static async Task<bool> TokenCannotSeeAsync(ProxmoxReads api, string bridge)
    {
        PvePermissions permissions;
        try
        {
            permissions = await api.Permissions.ConfigureAwait(false);
        }
        catch (ProxmoxException)
        {
            return false;
        }

        var path = SdnPath(bridge);
        bool Grants(string p) => permissions.Has(p, Privileges.SdnAudit) || permissions.Has(p, Privileges.SdnUse);

        // A grant on one of the bridge's VLAN child paths also makes it visible.
        var childPaths = permissions.Paths.Keys.Where(p => p.StartsWith(path + "/", StringComparison.Ordinal));
        return !Grants(path) && !childPaths.Any(Grants);
    }
}
