using System.Net;
using HomeLab.Manifests;

namespace HomeLab.L2.Instances.Checks;

/// <summary>
/// Host names and IP addresses are each used once across every persona of the lab. Every later use is reported, naming
/// the first; names are compared as DNS and Proxmox do, without regard to case.
/// </summary>
public static class UniquenessChecks
{
    /// <param name="specs">Every persona of the lab, so that a clash with one not selected is still found.</param>
    /// <param name="report">Which hosts' problems to report (those of the selected personas).</param>
    public static IEnumerable<InstanceProblem> Check(IReadOnlyList<PersonaSpec> specs, Func<PersonaSpec, bool> report)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(report);
        var names = new Dictionary<string, (PersonaSpec Spec, PersonaHost Host)>(StringComparer.OrdinalIgnoreCase);
        var addresses = new Dictionary<IPAddress, (PersonaSpec Spec, PersonaHost Host)>();
        foreach (var spec in specs)
        {
            foreach (var host in spec.Hosts)
            {
                if (!names.TryAdd(host.Name, (spec, host)) && report(spec))
                {
                    var first = names[host.Name];
                    yield return new InstanceProblem(spec.DisplayPath, host.Line, host.Name,
                        $"the host name is already used at {first.Spec.DisplayPath}:{first.Host.Line}; give each host its own name.");
                }

                if (IpConfig.ParseIPv4(host.Ip) is { } ip && !addresses.TryAdd(ip, (spec, host)) && report(spec))
                {
                    var first = addresses[ip];
                    yield return InstanceProblem.AtField(spec, host, PersonaFields.Ip,
                        $"ip {host.Ip} is already {first.Host.Name}'s ({Where(first.Spec, first.Host, first.Host.LineOf(PersonaFields.Ip))}); give each host its own address.");
                }
            }
        }
    }

    private static string Where(PersonaSpec spec, PersonaHost host, int line) => $"{host.Name} at {spec.DisplayPath}:{line}";
}
