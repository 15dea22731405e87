using System.Globalization;
using HomeLab.L2.Instances.Cluster;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Drift;

/// <summary>
/// Compares the specs with the VM listings of a <see cref="ClusterSnapshot"/> (no further request, no Terraform).
/// A host is matched with the VM of its name (case-insensitively; templates are never hosts), preferring one on the
/// host's node. Its cores are compared with the VM's <c>cpus</c>, its <c>memory_mb</c> with <c>maxmem</c> and its tags
/// with the VM's as sets, without regard to case or order.
/// </summary>
public static class DriftCalculator
{
    private const long MiB = 1024 * 1024;

    /// <param name="selected">The personas the report is about.</param>
    /// <param name="all">Every persona of the lab: a VM that any of them names is not unclaimed.</param>
    /// <param name="cluster">The listings the checks read.</param>
    public static DriftReport Compute(IReadOnlyList<PersonaSpec> selected, IReadOnlyList<PersonaSpec> all, ClusterSnapshot cluster)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(cluster);
        var vmsByName = new Dictionary<string, List<(string Node, PveVm Vm)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, vm) in Vms(cluster))
        {
            if (!vmsByName.TryGetValue(vm.Name, out var named))
            {
                named = [];
                vmsByName[vm.Name] = named;
            }

            named.Add((node, vm));
        }

        var hosts = selected
            .SelectMany(spec => spec.Hosts.Select(host => Compare(spec, host, vmsByName.GetValueOrDefault(host.Name), cluster)))
            .ToList();
        return new DriftReport(hosts, FindUnclaimed(selected, all, cluster));
    }

    private static HostDrift Compare(PersonaSpec spec, PersonaHost host, List<(string Node, PveVm Vm)>? named, ClusterSnapshot cluster)
    {
        if (named is null or { Count: 0 })
        {
            var reason = UnknownReason(host.Node, cluster);
            return new HostDrift(spec.Id, host.Name, host.Node, reason is null ? HostDriftState.Missing : HostDriftState.Unknown,
                null, null, [], reason);
        }

        var (node, vm) = named.FirstOrDefault(n => n.Node == host.Node) is { Vm: not null } onItsNode ? onItsNode : named[0];
        var differences = new List<DriftDifference>();
        if (Math.Abs(vm.Cpus - host.Cpu) > 0.001)
        {
            differences.Add(new DriftDifference(PersonaFields.Cpu, Number(host.Cpu), Number(vm.Cpus)));
        }

        if (vm.MaxMem != host.MemoryMb * MiB)
        {
            differences.Add(new DriftDifference(PersonaFields.MemoryMb, Number(host.MemoryMb), Number(vm.MaxMem / (double)MiB)));
        }

        var expectedTags = ProxmoxTags.Normalize(host.Tags);
        var actualTags = ProxmoxTags.Normalize(vm.Tags);
        if (!expectedTags.SetEquals(actualTags))
        {
            differences.Add(new DriftDifference(PersonaFields.Tags, ProxmoxTags.Show(expectedTags), ProxmoxTags.Show(actualTags)));
        }

        if (node != host.Node)
        {
            differences.Add(new DriftDifference(PersonaFields.Node, host.Node, node));
        }

        var state = differences.Count == 0 ? HostDriftState.Matches : HostDriftState.Differs;
        return new HostDrift(spec.Id, host.Name, host.Node, state, vm.VmId, node, differences, null);
    }

    /// <summary>Why a host's absence cannot be told from the listings; null when its node was listed.</summary>
    private static string? UnknownReason(string node, ClusterSnapshot cluster)
    {
        var listing = cluster.FindListing(node);
        if (listing is { Succeeded: true })
        {
            return null;
        }

        return cluster.FindNode(node) switch
        {
            null when cluster.Nodes is not null => $"node {node} is not in the cluster",
            { IsOnline: false } found => $"node {node} is {found.Status}",
            _ => listing?.Error ?? $"node {node} was not listed",
        };
    }

    /// <summary>
    /// A VM is unclaimed when no spec of the lab names it and it "carries a persona's tags": it is not a template and its
    /// tags include every tag that all hosts of that persona share (for ubuntu/docker: orchestrator, terraform, ubuntu,
    /// docker, while misc and media set hosts apart). A persona whose hosts share no tag claims nothing. A VM that carries
    /// the tags of several personas is listed once, under the persona with the most shared tags (the most specific).
    /// </summary>
    private static List<UnclaimedVm> FindUnclaimed(IReadOnlyList<PersonaSpec> selected, IReadOnlyList<PersonaSpec> all, ClusterSnapshot cluster)
    {
        var named = all.SelectMany(spec => spec.Hosts).Select(host => host.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var signatures = selected
            .Select(spec => (spec.Id, Tags: SharedTags(spec)))
            .Where(signature => signature.Tags.Count > 0)
            .OrderByDescending(signature => signature.Tags.Count)
            .ToList();
        var unclaimed = new List<UnclaimedVm>();
        if (signatures.Count == 0)
        {
            return unclaimed;
        }

        foreach (var (node, vm) in Vms(cluster).Where(v => !named.Contains(v.Vm.Name)))
        {
            var tags = ProxmoxTags.Normalize(vm.Tags);
            if (signatures.FirstOrDefault(s => s.Tags.IsSubsetOf(tags)) is { Id: not null } owner)
            {
                unclaimed.Add(new UnclaimedVm(owner.Id, node, vm.VmId, vm.Name, [.. tags]));
            }
        }

        return unclaimed;
    }

    private static SortedSet<string> SharedTags(PersonaSpec spec)
    {
        if (spec.Hosts.Count == 0)
        {
            return [];
        }

        var shared = ProxmoxTags.Normalize(spec.Hosts[0].Tags);
        foreach (var host in spec.Hosts.Skip(1))
        {
            shared.IntersectWith(ProxmoxTags.Normalize(host.Tags));
        }

        return shared;
    }

    /// <summary>Every VM (not template) of the listings that succeeded, by node, then VMID.</summary>
    private static IEnumerable<(string Node, PveVm Vm)> Vms(ClusterSnapshot cluster) =>
        cluster.Listings
            .Where(listing => listing.Vms is not null)
            .SelectMany(listing => listing.Vms!.Where(vm => !vm.IsTemplate).OrderBy(vm => vm.VmId).Select(vm => (listing.Node, vm)));

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
