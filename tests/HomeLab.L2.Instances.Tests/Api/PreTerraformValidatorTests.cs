using HomeLab.L2.Instances.Drift;
using HomeLab.L2.Instances.Validation;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.L2.Instances.Tests.Api;

/// <summary>The whole pre-Terraform validation against the simulator over HTTPS: one read of the cluster serves the checks and the drift report.</summary>
public class PreTerraformValidatorTests
{
    private TestLab _lab = null!;
    private SimulatedCluster _cluster = null!;
    private SimNode _gilead = null!;

    [SetUp]
    public async Task SetUp()
    {
        _lab = new TestLab();
        _cluster = await SimulatedCluster.StartAsync();
        _gilead = _cluster.Simulator.State.AddNode("gilead");

        _lab.WriteSpec("ubuntu", "docker",
            new SpecHost("carrie", "10.0.0.11", Tags: ["ubuntu", "docker", "misc"]),
            new SpecHost("misery", "10.0.0.12", Tags: ["ubuntu", "docker", "misc"]),
            new SpecHost("patricia", "10.0.0.13", Tags: ["ubuntu", "docker", "media"]));
        _lab.WriteSpec("arch", "devops", new SpecHost("roland", "10.0.0.21", Node: "gilead", Cpu: 2, MemoryMb: 2048, Tags: ["arch", "devops"]));
        _lab.WriteStable("ubuntu", 9000);
        _lab.WriteStable("arch", 9100, node: "gilead");
        _lab.TerraformRoot("ubuntu_docker");
        _lab.TerraformRoot("arch_devops");

        SimulatedCluster.AddTemplate(_cluster.Maturin, 9000, "tpl-ubuntu");
        SimulatedCluster.AddTemplate(_gilead, 9100, "tpl-arch");
        SimulatedCluster.AddHostVm(_cluster.Maturin, 101, "carrie", 4, 8192, "docker;misc;ubuntu");
        SimulatedCluster.AddHostVm(_cluster.Maturin, 102, "misery", 2, 8192, "docker;misc;ubuntu");
        SimulatedCluster.AddHostVm(_cluster.Maturin, 150, "old-docker", 2, 2048, "docker;ubuntu");
        SimulatedCluster.AddHostVm(_cluster.Maturin, 151, "scratch", 2, 2048, "misc");
        SimulatedCluster.AddHostVm(_gilead, 201, "roland", 2, 2048, "arch;devops");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _cluster.DisposeAsync();
        _lab.Dispose();
    }

    [Test]
    public async Task A_sound_lab_passes_with_one_node_list_and_one_listing_per_node()
    {
        var result = await Run();

        Assert.That(result.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Specs.Select(s => s.Id.ToString()), Is.EqualTo(new[] { "arch/devops", "ubuntu/docker" }));
        Assert.That(result.Roots.Select(r => r.DisplayPath), Is.EqualTo(new[] { "terraform/l2/arch_devops", "terraform/l2/ubuntu_docker" }));
        AssertOneRead("gilead", "maturin");
    }

    [Test]
    public async Task The_drift_report_comes_from_the_same_read()
    {
        var drift = (await Run()).Drift!;

        Assert.That(drift.Hosts.Select(h => $"{h.Host} {h.State} {h.VmId} {string.Join("; ", h.Differences)}"), Is.EqualTo(new[]
        {
            "roland Matches 201 ",
            "carrie Matches 101 ",
            "misery Differs 102 cpu 4 → 2",
            "patricia Missing  ",
        }));
        Assert.That(drift.Unclaimed.Select(u => $"{u.Persona} {u.Node} {u.VmId} {u.Name}"), Is.EqualTo(new[] { "ubuntu/docker maturin 150 old-docker" }));
        AssertOneRead("gilead", "maturin");
    }

    [Test]
    public async Task An_offline_node_fails_its_hosts_and_leaves_their_drift_unknown()
    {
        _gilead.Status = SimNodeStatus.Offline;

        var result = await Run();

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "infra/os/arch/personas/devops/spec/terraform.json:3: roland: node gilead is offline; bring it back online, or move the host to an online node.",
        }));
        Assert.That(result.Drift!.Hosts[0], Is.EqualTo(result.Drift.Hosts[0] with { State = HostDriftState.Unknown, Reason = "node gilead is offline" }));
        AssertOneRead("gilead", "maturin");
    }

    [Test]
    public async Task Every_problem_is_listed_with_file_line_and_host()
    {
        _cluster.Maturin.RemoveVm(9000);
        SimulatedCluster.AddTemplate(_gilead, 9000, "tpl-ubuntu");
        _lab.WriteSpec("arch", "devops",
            new SpecHost("roland", "10.0.0.21", Node: "gilead", Tags: ["arch"]),
            new SpecHost("carrie", "10.0.0.11", Node: "mid-world", Tags: ["arch"], TemplateRef: "arch"));
        _lab.WriteSpec("haos", "haos", "{", "  \"hosts\": { \"ha\": { \"terraform\": { \"ip\": \"10.0.0.300\" } } }", "}");
        Directory.Delete(Path.Combine(_lab.Root, "terraform", "l2", "arch_devops"));

        var result = await Run();

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "infra/os/arch/personas/devops/spec/terraform.json: arch/devops has no Terraform root: neither terraform/l2/arch_devops nor terraform/l2/arch exists; create one of them, or point TF_BASE_DIR at the folder that holds them.",
            "infra/os/arch/personas/devops/spec/terraform.json:4: carrie: template_ref \"arch\" is not <os>/<persona>/stable or <os>/stable; write e.g. arch/devops/stable.",
            "infra/os/arch/personas/devops/spec/terraform.json:4: carrie: node mid-world is not in the cluster; use one of its nodes (gilead, maturin).",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/cpu: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/disk_gb: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/ip: must be an IPv4 address such as 192.168.86.228",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/ipconfig: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/memory_mb: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/node: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/ssh_user: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/tags: is required",
            "infra/os/haos/personas/haos/spec/terraform.json:2: ha: terraform/template_ref: is required",
            "infra/os/ubuntu/personas/docker/spec/terraform.json:3: carrie: the host name is already used at infra/os/arch/personas/devops/spec/terraform.json:4; give each host its own name.",
            "infra/os/ubuntu/personas/docker/spec/terraform.json:3: carrie: ip 10.0.0.11 is already carrie's (carrie at infra/os/arch/personas/devops/spec/terraform.json:4); give each host its own address.",
            "infra/os/ubuntu/personas/docker/spec/terraform.json:3: carrie: template VM 9000 of infra/os/ubuntu/spec/vm-template-stable.json is not on node maturin (it is on node gilead); build the template there (L1) or place the host on the template's node.",
            "infra/os/ubuntu/personas/docker/spec/terraform.json:4: misery: template VM 9000 of infra/os/ubuntu/spec/vm-template-stable.json is not on node maturin (it is on node gilead); build the template there (L1) or place the host on the template's node.",
            "infra/os/ubuntu/personas/docker/spec/terraform.json:5: patricia: template VM 9000 of infra/os/ubuntu/spec/vm-template-stable.json is not on node maturin (it is on node gilead); build the template there (L1) or place the host on the template's node.",
        }));
        AssertOneRead("gilead", "maturin", "mid-world");
    }

    [Test]
    public async Task A_selection_checks_only_its_personas_but_finds_clashes_with_the_others()
    {
        _lab.WriteSpec("arch", "devops", new SpecHost("carrie", "10.0.0.21", Node: "gilead"));

        var result = await Run("ubuntu/docker");

        Assert.That(result.Specs.Select(s => s.Id.ToString()), Is.EqualTo(new[] { "ubuntu/docker" }));
        Assert.That(result.Problems.Select(p => p.Host), Is.EqualTo(new[] { "carrie" }));
        Assert.That(result.Drift!.Hosts.Select(h => h.Host), Is.EqualTo(new[] { "carrie", "misery", "patricia" }));
        AssertOneRead("maturin");
    }

    [Test]
    public async Task An_unknown_persona_is_one_line_and_no_request()
    {
        var result = await Run("ubuntu/k8s");

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "--persona 'ubuntu/k8s': no such persona; the lab's personas are arch/devops, ubuntu/docker.",
        }));
        Assert.That(result.Cluster, Is.Null);
        Assert.That(_cluster.Requests.All, Is.Empty);
    }

    private Task<PreTerraformResult> Run(params string[] personas) =>
        new PreTerraformValidator(_lab.Manifests, _cluster.Client).RunAsync(new PreTerraformOptions { Personas = personas });

    private void AssertOneRead(params string[] nodes)
    {
        var expected = new[] { "GET /nodes" }.Concat(nodes.Select(n => $"GET /nodes/{n}/qemu")).Order(StringComparer.Ordinal);
        Assert.That(_cluster.Requests.All.Select(r => $"{r.Method} {r.Path}").Order(StringComparer.Ordinal), Is.EqualTo(expected));
    }
}
