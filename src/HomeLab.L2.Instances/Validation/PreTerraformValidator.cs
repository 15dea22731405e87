using HomeLab.L2.Instances.Checks;
using HomeLab.L2.Instances.Cluster;
using HomeLab.L2.Instances.Drift;
using HomeLab.L2.Instances.Roots;
using HomeLab.L2.Instances.Specs;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L2.Instances.Validation;

/// <summary>
/// Everything L2 checks before Terraform runs, collecting every problem rather than stopping at the first: the selected
/// personas' specs (schema), host names and addresses unique across the lab, each ip and ipconfig, each template
/// reference and its stable manifest, each persona's Terraform root, and, read-only against the API, each host's node and
/// template. The cluster is read once (GET /nodes and one VM listing per node, at once, while the files are checked) and
/// the drift report is computed from the same answers.
/// </summary>
public sealed class PreTerraformValidator(LabManifests manifests, IProxmoxClient client)
{
    public async Task<PreTerraformResult> RunAsync(PreTerraformOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lab = PersonaSpecSet.Load(manifests);
        var selection = PersonaSelector.Select(lab.Personas, options.Personas);
        if (!selection.IsValid)
        {
            return new PreTerraformResult
            {
                Specs = [],
                AllSpecs = lab.Specs,
                Roots = [],
                Problems = [new InstanceProblem(null, null, null, selection.Error!)],
            };
        }

        var chosen = selection.Selected.ToHashSet();
        var specs = lab.Specs.Where(spec => chosen.Contains(spec.Id)).ToList();
        var nodes = specs.SelectMany(spec => spec.Hosts).Select(host => host.Node).ToList();
        var clusterRead = nodes.Count == 0 ? null : ClusterReader.ReadAsync(client, nodes, cancellationToken);

        var problems = new List<InstanceProblem>();
        foreach (var persona in selection.Selected)
        {
            problems.AddRange(lab.Problems.GetValueOrDefault(persona) ?? []);
        }

        problems.AddRange(UniquenessChecks.Check(lab.Specs, spec => chosen.Contains(spec.Id)));
        var placements = CheckHosts(specs, problems);
        var locator = new TerraformRootLocator(manifests.Layout, options.TerraformBaseDirectory);
        var roots = specs.Select(spec => locator.Locate(spec, problems)).OfType<TerraformRoot>().ToList();

        ClusterSnapshot? cluster = null;
        DriftReport? drift = null;
        if (clusterRead is not null)
        {
            cluster = await clusterRead.ConfigureAwait(false);
            problems.AddRange(ClusterChecks.Check(placements, cluster));
            drift = DriftCalculator.Compute(specs, lab.Specs, cluster);
        }

        return new PreTerraformResult
        {
            Specs = specs,
            AllSpecs = lab.Specs,
            Roots = roots,
            Problems = InReadingOrder(problems, lab.Personas, manifests.Layout),
            Cluster = cluster,
            Drift = drift,
        };
    }

    private List<HostPlacement> CheckHosts(List<PersonaSpec> specs, List<InstanceProblem> problems)
    {
        var resolver = new StableTemplateResolver(manifests);
        var placements = new List<HostPlacement>();
        foreach (var spec in specs)
        {
            foreach (var host in spec.Hosts)
            {
                problems.AddRange(AddressChecks.Check(spec, host));
                placements.Add(new HostPlacement(spec, host, TemplateReferenceChecks.Check(spec, host, resolver, problems)));
            }
        }

        return placements;
    }

    /// <summary>Problems without a file first, then by persona (the lab's order) and line; the order found is kept otherwise.</summary>
    private static List<InstanceProblem> InReadingOrder(List<InstanceProblem> problems, IReadOnlyList<PersonaId> personas, LabLayout layout)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < personas.Count; i++)
        {
            rank[layout.Display(layout.PersonaSpecFile(personas[i].Os, personas[i].Persona))] = i;
        }

        return problems
            .OrderBy(p => p.File is null ? -1 : rank.GetValueOrDefault(p.File, int.MaxValue))
            .ThenBy(p => p.Line ?? 0)
            .ToList();
    }
}
