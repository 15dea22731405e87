using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Tests.Unit;

public sealed class ApiCheckTests
{
    private FakeApi _api = null!;

    [SetUp]
    public void CreateApi() => _api = new FakeApi();

    [Test]
    public async Task A_version_without_a_number_is_a_warning()
    {
        _api.Version = new PveVersion("dev-build", "", null);

        var result = await Run(new ApiVersionCheck());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Warnings, Is.EqualTo(new[] { "Could not tell the Proxmox VE major version from 'dev-build'; later layers need 8.0 or newer." }));
    }

    [Test]
    public async Task A_bridge_hidden_by_missing_sdn_privileges_is_explained_as_such()
    {
        _api.Network.RemoveAll(i => i.IsBridge);
        _api.Permissions["/"].Remove("SDN.Audit");
        _api.Permissions["/"].Remove("SDN.Use");

        var result = await Run(new BridgeCheck());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Bridge 'vmbr0' is not visible: token lacks SDN.Audit on /sdn/zones/localnetwork/vmbr0, so Proxmox hides bridges from it; grant SDN.Audit or SDN.Use on that path.",
        }));
    }

    [Test]
    public async Task A_grant_on_a_vlan_child_path_makes_the_bridge_visible_so_missing_means_missing()
    {
        _api.Network.RemoveAll(i => i.Iface == "vmbr0");
        _api.Network.Add(new PveNetworkInterface("vmbr1", "bridge", true, true, null, "eno2"));
        _api.Permissions["/"].Remove("SDN.Audit");
        _api.Permissions["/"].Remove("SDN.Use");
        _api.Permissions["/sdn/zones/localnetwork/vmbr0/10"] = new() { ["SDN.Use"] = false };

        var result = await Run(new BridgeCheck());

        Assert.That(result.Failures, Is.EqualTo(new[] { "Bridge 'vmbr0' not found on node 'pve'; its bridges: vmbr1." }));
    }

    [Test]
    public async Task An_interface_that_is_not_a_bridge_is_a_reason()
    {
        var result = await Run(new BridgeCheck(), Env.Complete().Set(LabVariables.Bridge, "eno1"));

        Assert.That(result.Failures, Is.EqualTo(new[] { "'eno1' on node 'pve' is of type 'eth', not a bridge; set PVE_BRIDGE to a bridge." }));
    }

    [Test]
    public async Task An_inactive_bridge_is_only_a_warning()
    {
        _api.Network[1] = _api.Network[1] with { Active = false };

        var result = await Run(new BridgeCheck());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Warnings, Is.EqualTo(new[]
        {
            "Bridge 'vmbr0' on node 'pve' is not active; guests attached to it get no network until it is brought up.",
        }));
    }

    [Test]
    public async Task An_unknown_storage_lists_the_node_storages()
    {
        var result = await Run(new StorageConsistencyCheck(), Env.Complete().Set(LabVariables.StorageVm, "nas"));

        Assert.That(result.Failures, Is.EqualTo(new[] { "VM storage 'nas' (PVE_STORAGE_VM) not found on node 'pve'; the node has: local, local-lvm." }));
    }

    [Test]
    public async Task A_storage_hidden_by_missing_datastore_privileges_is_explained_as_such()
    {
        _api.Storages.RemoveAll(s => s.Storage == "local-lvm");
        _api.Permissions["/storage/local-lvm"] = new() { ["VM.Audit"] = false };

        var result = await Run(new StorageConsistencyCheck());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "VM storage 'local-lvm' is not visible: token lacks Datastore.Audit on /storage/local-lvm, so Proxmox hides it from the storage list.",
        }));
    }

    [Test]
    public async Task Disabled_inactive_and_wrong_content_storages_each_give_a_reason()
    {
        _api.Replace(FakeApi.Storage("local", "dir", ["vztmpl", "backup"], 100 * FakeApi.GiB, 0, enabled: false));
        _api.Replace(FakeApi.Storage("local-lvm", "lvmthin", ["images"], 0, 0, active: false));

        var result = await Run(new StorageConsistencyCheck());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ISO storage 'local' is disabled; enable it under Datacenter > Storage or set PVE_STORAGE_ISO to another storage.",
            "ISO storage 'local' does not allow content 'iso' (it allows: backup, vztmpl); add 'iso' to its content or set PVE_STORAGE_ISO to another storage.",
            "VM storage 'local-lvm' is not active on node 'pve'; check that it is mounted and reachable.",
        }));
    }

    [Test]
    public async Task Space_is_not_measured_on_storages_the_consistency_check_rejects()
    {
        _api.Replace(FakeApi.Storage("local-lvm", "lvmthin", ["images"], 0, 0, active: false));

        var result = await Run(new StorageSpaceCheck());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Ok));
        Assert.That(result.Detail, Is.EqualTo(
            "ISO storage 'local' has 88.0 GiB free (needs 4 GiB); VM storage 'local-lvm' not measured: not active (see Storage consistency)"));
        _api.Client.Verify(c => c.GetStorageStatusAsync("pve", "local-lvm", Moq.It.IsAny<CancellationToken>()), Moq.Times.Never);
    }

    [Test]
    public async Task Low_vm_space_is_a_reason_with_the_figures()
    {
        _api.Replace(FakeApi.Storage("local-lvm", "lvmthin", ["images"], 500 * FakeApi.GiB, 475 * FakeApi.GiB));

        var result = await Run(new StorageSpaceCheck());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "VM storage 'local-lvm' has 5.0% free (25.0 of 500.0 GiB); L0_MIN_FREE_PCT_VM requires 10%.",
        }));
        Assert.That(result.Detail, Is.EqualTo(
            "ISO storage 'local' has 88.0 GiB free (needs 4 GiB); VM storage 'local-lvm' has 5.0% free (25.0 of 500.0 GiB); L0_MIN_FREE_PCT_VM requires 10%"));
    }

    [Test]
    public async Task Free_space_is_rounded_down_so_the_figure_never_contradicts_the_verdict()
    {
        _api.Replace(FakeApi.Storage("local", "dir", ["iso"], 100 * FakeApi.GiB, 100 * FakeApi.GiB - (4 * FakeApi.GiB - 1)));

        var result = await Run(new StorageSpaceCheck());

        Assert.That(result.Failures, Is.EqualTo(new[] { "ISO storage 'local' has 3.9 GiB free; L0_MIN_FREE_GIB_ISO requires 4 GiB." }));
    }

    [Test]
    public async Task Missing_privileges_are_listed_per_path()
    {
        _api.Permissions["/storage/local"] = new() { ["Datastore.Audit"] = true };
        _api.Permissions["/nodes/pve"] = new() { ["Sys.Modify"] = true };
        _api.Permissions["/sdn/zones/localnetwork/vmbr0"] = new() { ["SDN.Audit"] = true };

        var result = await Run(new PrivilegesCheck());

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Token 'homelab@pve!homelab' lacks Datastore.AllocateTemplate on /storage/local (L1 Templates upload and list ISOs).",
            "Token 'homelab@pve!homelab' lacks Sys.Audit on /nodes/pve (later layers read node status and task logs).",
            "Token 'homelab@pve!homelab' lacks SDN.Use on /sdn/zones/localnetwork/vmbr0 (VM network cards attach to the bridge).",
        }));
    }

    [Test]
    public async Task Download_url_needs_sys_modify_on_root_or_access_network_on_the_node()
    {
        _api.Permissions["/"].Remove("Sys.Modify");
        _api.Permissions["/"].Remove("Sys.AccessNetwork");

        var without = await Run(new PrivilegesCheck());
        _api.Permissions["/nodes/pve"] = new() { ["Sys.Audit"] = true, ["Sys.AccessNetwork"] = false };
        var withAccessNetwork = await Run(new PrivilegesCheck());

        Assert.That(without.Failures, Is.EqualTo(new[]
        {
            "Token 'homelab@pve!homelab' may not let Proxmox download ISOs: it needs Sys.Audit and Sys.Modify on /, or Sys.AccessNetwork on /nodes/pve.",
        }));
        Assert.That(withAccessNetwork.Status, Is.EqualTo(CheckStatus.Ok));
    }

    [Test]
    public async Task One_storage_for_both_roles_is_asked_for_each_privilege_once()
    {
        _api.Permissions["/storage/local"] = new() { ["VM.Audit"] = true };

        var result = await Run(new PrivilegesCheck(), Env.Complete().Set(LabVariables.StorageVm, "local"));

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Token 'homelab@pve!homelab' lacks Datastore.AllocateTemplate, Datastore.Audit, Datastore.AllocateSpace on /storage/local (L1 Templates upload and list ISOs; L1 Templates and L2 Instances create VM disks).",
        }));
    }

    private async Task<CheckResult> Run(IApiCheck check, Env? env = null)
    {
        var settings = LabSettingsReader.Read((env ?? Env.Complete()).Lookup);
        return await check.RunAsync(settings, new ProxmoxReads(_api.Client.Object, CancellationToken.None));
    }
}
