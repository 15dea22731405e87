using System.Runtime.Versioning;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.L0.Runway.Tests.Simulator;

[UnsupportedOSPlatform("windows")]
public sealed class RunwayAgainstSimulatorTests : SimulatorTestBase
{
    private const long GiB = SimStorage.GiB;

    [Test]
    public async Task A_healthy_lab_passes_with_every_figure_recorded()
    {
        var result = await Lab.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Notes, Is.Empty);
            Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
            Assert.That(result.Checks.Select(c => c.Status), Is.All.EqualTo(CheckStatus.Ok));
            Assert.That(result.PveVersion, Is.EqualTo("9.2.11"));
            Assert.That(result.ProxmoxHost, Is.EqualTo(Lab.Pve.AccessHost));
            Assert.That(result.ApiUrl, Is.EqualTo(Lab.Pve.BaseUrl.ToString()));
            Assert.That(result.Storage.Iso, Is.EqualTo(new StorageFigures("local", 100 * GiB, 12 * GiB, 88 * GiB)));
            Assert.That(result.Storage.Vm, Is.EqualTo(new StorageFigures("local-lvm", 500 * GiB, 40 * GiB, 460 * GiB)));
            Assert.That(result.Tools.Select(t => $"{t.Name} {t.Version} {t.Path}"), Is.EqualTo(new[]
            {
                $"packer 1.2.3 {Lab.Bin.Combine("packer")}",
                $"terraform 1.2.3 {Lab.Bin.Combine("terraform")}",
                $"ansible-playbook 1.2.3 {Lab.Bin.Combine("ansible-playbook")}",
                $"ssh 1.2.3 {Lab.Bin.Combine("ssh")}",
            }));
            Assert.That(File.ReadAllText(Lab.Bin.Combine("terraform.args")).Trim(), Is.EqualTo("version"));
            Assert.That(File.ReadAllText(Lab.Bin.Combine("ssh.args")).Trim(), Is.EqualTo("-V"));
            Assert.That(File.Exists(Lab.Bin.Combine("doppler.args")), Is.False, "doppler is only probed while Doppler is on");
        });
    }

    [Test]
    public async Task The_runway_only_reads()
    {
        await Lab.RunAsync();

        Assert.That(Lab.Pve.Requests.All.Select(r => r.Method).Distinct(), Is.EqualTo(new[] { "GET" }));
        Assert.That(Lab.Pve.Requests.All.Select(r => r.Path).Order(), Is.EqualTo(new[]
        {
            "/access/permissions", "/nodes", "/nodes/pve/network", "/nodes/pve/storage",
            "/nodes/pve/storage/local-lvm/status", "/nodes/pve/storage/local/status", "/version",
        }));
    }

    [Test]
    public async Task Several_missing_variables_are_named_at_once_and_tools_are_still_checked()
    {
        Lab.Env.Unset(LabVariables.TokenId).Set(LabVariables.Node, " ").Unset(LabVariables.StorageVm);

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Missing required environment variables: PM_TOKEN_ID, PVE_NODE, PVE_STORAGE_VM. Set them in Doppler or your shell.",
        }));
        Assert.That(Check(result, CheckNames.Api).Detail, Is.EqualTo("skipped: PM_TOKEN_ID is not set"));
        Assert.That(Check(result, CheckNames.StorageSpace).Detail, Is.EqualTo("skipped: PM_TOKEN_ID, PVE_NODE, PVE_STORAGE_VM are not set"));
        Assert.That(Lab.Pve.Requests.All, Is.Empty);
        Assert.That(Check(result, "Tool terraform").Status, Is.EqualTo(CheckStatus.Ok));
        AssertPlain(result);
    }

    [Test]
    public async Task A_wrong_token_secret_is_rejected_and_the_other_api_checks_are_skipped()
    {
        Lab.Env.Set(LabVariables.TokenSecret, "00000000-wrong-secret-0000");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET." }));
        Assert.That(result.Checks.Where(c => c.Status == CheckStatus.Skipped).Select(c => c.Detail),
            Is.EqualTo(Enumerable.Repeat("skipped: API token rejected", 5)));
        Assert.That(Lab.Pve.Requests.Count("GET", "/version"), Is.EqualTo(1), "a rejected token is not retried");
        AssertPlain(result);
    }

    [Test]
    public async Task An_offline_node_fails()
    {
        Lab.Node.Status = SimNodeStatus.Offline;

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "Node 'pve' is offline, not online; start it or set PVE_NODE to an online node." }));
        Assert.That(Check(result, CheckNames.Bridge).Detail, Is.EqualTo("skipped: node 'pve' is not usable (see Node)"));
    }

    [Test]
    public async Task An_unknown_node_lists_the_cluster_nodes()
    {
        Lab.State.AddNode("pve3");
        Lab.Env.Set(LabVariables.Node, "pve2");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "Node 'pve2' not found; the cluster has: pve, pve3." }));
    }

    [Test]
    public async Task A_missing_bridge_fails_and_names_the_bridges_there_are()
    {
        Lab.Node.RemoveInterface("vmbr0");
        Lab.Node.AddInterface(SimNetworkInterface.Bridge("vmbr1", ports: "eno1"));

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "Bridge 'vmbr0' not found on node 'pve'; its bridges: vmbr1." }));
    }

    [Test]
    public async Task A_bridge_hidden_by_a_missing_sdn_privilege_says_so_instead_of_missing()
    {
        Lab.State.DefaultToken.Revoke("/sdn/zones/localnetwork/vmbr0", "SDN.Audit", "SDN.Use");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Bridge 'vmbr0' is not visible: token lacks SDN.Audit on /sdn/zones/localnetwork/vmbr0, so Proxmox hides bridges from it; grant SDN.Audit or SDN.Use on that path.",
            "Token 'homelab@pve!homelab' lacks SDN.Use on /sdn/zones/localnetwork/vmbr0 (VM network cards attach to the bridge).",
        }));
    }

    [Test]
    public async Task An_inactive_bridge_is_a_warning_and_the_run_passes()
    {
        Lab.Node.Interface("vmbr0").Active = false;

        var result = await Lab.RunAsync();

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(Check(result, CheckNames.Bridge).Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Notes, Is.EqualTo(new[]
        {
            "Bridge 'vmbr0' on node 'pve' is not active; guests attached to it get no network until it is brought up.",
        }));
    }

    [Test]
    public async Task Low_iso_space_fails_with_the_figures()
    {
        Lab.Node.Storage("local").SetFree((long)Math.Ceiling(1.2 * GiB));

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "ISO storage 'local' has 1.2 GiB free; L0_MIN_FREE_GIB_ISO requires 4 GiB." }));
        Assert.That(result.Storage.Iso!.FreeGib, Is.EqualTo(1.2));
    }

    [Test]
    public async Task Low_vm_space_fails_with_the_figures_and_the_threshold_is_configurable()
    {
        Lab.Node.Storage("local-lvm").SetFree(25 * GiB);

        var failing = await Lab.RunAsync();
        Lab.Env.Set(LabVariables.MinFreePctVm, "4.5");
        var passing = await Lab.RunAsync();

        Assert.That(failing.Failures, Is.EqualTo(new[]
        {
            "VM storage 'local-lvm' has 5.0% free (25.0 of 500.0 GiB); L0_MIN_FREE_PCT_VM requires 10%.",
        }));
        Assert.That(passing.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(passing.Storage.Vm!.FreePct, Is.EqualTo(5));
    }

    [Test]
    public async Task An_unknown_storage_lists_the_node_storages()
    {
        Lab.Env.Set(LabVariables.StorageVm, "nas");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "VM storage 'nas' (PVE_STORAGE_VM) not found on node 'pve'; the node has: local, local-lvm." }));
        Assert.That(Check(result, CheckNames.StorageSpace).Detail, Does.EndWith("VM storage 'nas' not measured: not found (see Storage consistency)"));
        Assert.That(result.Storage.Vm, Is.Null);
    }

    [Test]
    public async Task A_storage_without_the_needed_content_type_fails()
    {
        Lab.Node.Storage("local-lvm").DisallowContent("images");
        Lab.Node.Storage("local").DisallowContent("iso");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ISO storage 'local' does not allow content 'iso' (it allows: backup, vztmpl); add 'iso' to its content or set PVE_STORAGE_ISO to another storage.",
            "VM storage 'local-lvm' does not allow content 'images' (it allows: rootdir); add 'images' to its content or set PVE_STORAGE_VM to another storage.",
        }));
    }

    [Test]
    public async Task Disabled_and_inactive_storages_fail_once_each()
    {
        Lab.Node.Storage("local").Enabled = false;
        Lab.Node.Storage("local-lvm").Active = false;

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ISO storage 'local' is disabled; enable it under Datacenter > Storage or set PVE_STORAGE_ISO to another storage.",
            "VM storage 'local-lvm' is not active on node 'pve'; check that it is mounted and reachable.",
        }));
        Assert.That(Check(result, CheckNames.StorageSpace).Status, Is.EqualTo(CheckStatus.Skipped));
    }

    [Test]
    public async Task Missing_privileges_are_listed_with_their_paths()
    {
        Lab.State.DefaultToken
            .Revoke("/vms", "VM.Allocate", "VM.PowerMgmt")
            .Revoke("/storage/local", "Datastore.AllocateTemplate")
            .Revoke("/", "Sys.Modify", "Sys.AccessNetwork");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Token 'homelab@pve!homelab' lacks VM.Allocate, VM.PowerMgmt on /vms (L1 Templates and L2 Instances create, configure, clone, start and stop VMs).",
            "Token 'homelab@pve!homelab' lacks Datastore.AllocateTemplate on /storage/local (L1 Templates upload and list ISOs).",
            "Token 'homelab@pve!homelab' may not let Proxmox download ISOs: it needs Sys.Audit and Sys.Modify on /, or Sys.AccessNetwork on /nodes/pve.",
        }));
    }

    [Test]
    public async Task A_missing_tool_fails_naming_the_layer_that_needs_it()
    {
        Lab.RemoveTool("terraform");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "terraform not found on PATH (needed by L2 Instances)." }));
        Assert.That(result.Tools.Single(t => t.Name == "terraform"), Is.EqualTo(new ToolReport("terraform", "L2 Instances", false, null, null)));
    }

    [Test]
    public async Task Doppler_is_probed_while_doppler_is_on()
    {
        var result = await Lab.RunAsync(Lab.Options with { DopplerEnabled = true });

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(File.ReadAllText(Lab.Bin.Combine("doppler.args")).Trim(), Is.EqualTo("--version"));
    }

    [Test]
    public async Task Proxmox_7_is_too_old()
    {
        Lab.State.Version = SimVersion.Of("7.4-20");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[] { "Proxmox VE 7.4 is older than 8.0, which later layers need." }));
        Assert.That(result.PveVersion, Is.EqualTo("7.4-20"));
    }

    [Test]
    public async Task Several_failures_are_all_listed_in_check_order()
    {
        Lab.Env.Set(LabVariables.MinFreeGibIso, "four");
        Lab.State.Version = SimVersion.Of("7.4-20");
        Lab.Node.RemoveInterface("vmbr0");
        Lab.Node.Storage("local-lvm").SetFree(1 * GiB);
        Lab.State.DefaultToken.Revoke("/vms", "VM.Clone");
        Lab.RemoveTool("packer");
        Lab.RemoveTool("doppler");

        var result = await Lab.RunAsync(Lab.Options with { DopplerEnabled = true });

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "L0_MIN_FREE_GIB_ISO='four' is not a number of GiB; set a number of 0 or more, e.g. L0_MIN_FREE_GIB_ISO=4.",
            "Proxmox VE 7.4 is older than 8.0, which later layers need.",
            "Bridge 'vmbr0' not found on node 'pve'; its bridges: none.",
            "VM storage 'local-lvm' has 0.2% free (1.0 of 500.0 GiB); L0_MIN_FREE_PCT_VM requires 10%.",
            "Token 'homelab@pve!homelab' lacks VM.Clone on /vms (L1 Templates and L2 Instances create, configure, clone, start and stop VMs).",
            "packer not found on PATH (needed by L1 Templates).",
            "doppler not found on PATH (needed by Doppler secret injection). Install it, or set DOPPLER=0 to use your shell's variables.",
        }));
        AssertPlain(result);
    }

    [Test]
    public async Task In_a_simulation_a_missing_tool_only_warns()
    {
        Lab.RemoveTool("ansible-playbook");

        var result = await Lab.RunAsync(Lab.Options with { Simulation = true });

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Notes, Is.EqualTo(new[]
        {
            "ansible-playbook not found on PATH (needed by L3 OS and L4 Workloads). Only a warning: the simulation does not run it.",
        }));
    }

    [Test]
    public async Task Skipping_tools_probes_none()
    {
        var result = await Lab.RunAsync(Lab.Options with { SkipTools = true });

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Notes, Is.EqualTo(new[] { "tool checks skipped (--skip-tools)" }));
        Assert.That(Directory.GetFiles(Lab.Bin.Path, "*.args"), Is.Empty);
    }
}
