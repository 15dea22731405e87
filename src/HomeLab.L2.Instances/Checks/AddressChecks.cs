using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>Each host's <c>ip</c> is the address its <c>ipconfig</c> sets, and that gateway is inside the address's network.</summary>
public static class AddressChecks
{
    public static IEnumerable<InstanceProblem> Check(PersonaSpec spec, PersonaHost host)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(host);
        if (IpConfig.TryParse(host.IpConfig) is not { } config)
        {
            yield return InstanceProblem.AtField(spec, host, PersonaFields.IpConfig,
                $"ipconfig \"{host.IpConfig}\" is not ip=<address>/<prefix>,gw=<gateway>; write it as e.g. {IpConfig.Example}.");
            yield break;
        }

        if (IpConfig.ParseIPv4(host.Ip) is not { } ip || !ip.Equals(config.Address))
        {
            yield return InstanceProblem.AtField(spec, host, PersonaFields.Ip,
                $"ip {host.Ip} is not the address ipconfig sets ({config.Address}); make the two the same.");
        }

        var network = config.Network;
        if (!network.Contains(config.Gateway))
        {
            yield return InstanceProblem.AtField(spec, host, PersonaFields.IpConfig,
                $"ipconfig's gateway {config.Gateway} is outside {network}; use a gateway in the host's network, or correct the prefix.");
        }
        else if (config.Gateway.Equals(config.Address))
        {
            yield return InstanceProblem.AtField(spec, host, PersonaFields.IpConfig,
                $"ipconfig's gateway {config.Gateway} is the host's own address; use the router's address.");
        }
    }
}
