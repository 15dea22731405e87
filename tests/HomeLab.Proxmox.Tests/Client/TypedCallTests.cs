using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>Each typed call against the simulator's default lab, and against the situations the runway checks.</summary>
public class TypedCallTests : SimulatorTest
{
    [Test]
    public async Task Version_is_parsed()
    {
        State.Version = SimVersion.Of("8.4.21", "0123456789abcdef");

        var version = await Client.GetVersionAsync();

        Assert.That(version, Is.EqualTo(new PveVersion("8.4.21", "8.4", "0123456789abcdef")));
        Assert.That(version.Major, Is.EqualTo(8));
    }

    [Test]
    public async Task Nodes_carry_status_fingerprint_and_capacity()
    {
        var nodes = await Client.GetNodesAsync();

        Assert.That(nodes, Has.Count.EqualTo(1));
        Assert.That(nodes[0].Node, Is.EqualTo("pve"));
        Assert.That(nodes[0].IsOnline, Is.True);
        Assert.That(nodes[0].SslFingerprint, Is.EqualTo(Simulator.CertificateFingerprint));
        Assert.That(nodes[0].MaxCpu, Is.EqualTo(8));
        Assert.That(nodes[0].MaxMem, Is.EqualTo(32 * SimStorage.GiB));
    }

    [Test]
    public async Task An_offline_node_is_reported_offline()
    {
        State.AddNode("pve2").Status = SimNodeStatus.Offline;

        var nodes = await Client.GetNodesAsync();

        var pve2 = nodes.Single(n => n.Node == "pve2");
        Assert.That(pve2.IsOnline, Is.False);
        Assert.That(pve2.Status, Is.EqualTo("offline"));
    }

    [Test]
    public async Task Node_capacity_is_absent_without_sys_audit()
    {
        State.DefaultToken.Revoke("/nodes", "Sys.Audit");

        var node = (await Client.GetNodesAsync()).Single();

        Assert.That(node.MaxCpu, Is.Null);
        Assert.That(node.MaxMem, Is.Null);
        Assert.That(node.Status, Is.EqualTo("online"), "status is shown to everyone");
    }

    [Test]
    public async Task Network_lists_the_bridge_with_its_ports_and_address()
    {
        var network = await Client.GetNetworkAsync("pve");

        var vmbr0 = network.Single(i => i.Iface == "vmbr0");
        Assert.That(vmbr0, Is.EqualTo(new PveNetworkInterface("vmbr0", "bridge", true, true, "192.168.1.10/24", "eno1")));
        Assert.That(vmbr0.IsBridge, Is.True);
        var eno1 = network.Single(i => i.Iface == "eno1");
        Assert.That(eno1.Active, Is.True);
        Assert.That(eno1.Autostart, Is.False, "autostart is absent on the wire when false");
        Assert.That(eno1.IsBridge, Is.False);
    }

    [Test]
    public async Task A_removed_or_inactive_bridge_shows_as_such()
    {
        Pve.RemoveInterface("vmbr0");
        Pve.AddInterface(SimNetworkInterface.Bridge("vmbr1", ports: "")).Active = false;

        var network = await Client.GetNetworkAsync("pve");

        Assert.That(network.Select(i => i.Iface), Is.EquivalentTo(new[] { "eno1", "vmbr1" }));
        var vmbr1 = network.Single(i => i.Iface == "vmbr1");
        Assert.That(vmbr1.Active, Is.False);
        Assert.That(vmbr1.BridgePorts, Is.Empty);
        Assert.That(vmbr1.Cidr, Is.Null);
    }

    [Test]
    public async Task Bridges_are_invisible_to_a_token_without_sdn_privileges()
    {
        State.DefaultToken.Revoke("/sdn", "SDN.Audit", "SDN.Use");

        var network = await Client.GetNetworkAsync("pve");

        Assert.That(network.Select(i => i.Iface), Is.EqualTo(new[] { "eno1" }));
    }

    [Test]
    public async Task Storages_carry_content_flags_and_space()
    {
        var storages = await Client.GetStoragesAsync("pve");

        var local = storages.Single(s => s.Storage == "local");
        Assert.That(local.Type, Is.EqualTo("dir"));
        Assert.That(local.Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup" }));
        Assert.That(local.Allows("iso"), Is.True);
        Assert.That(local.Allows("import"), Is.False);
        Assert.That(local.Allows("images"), Is.False);
        Assert.That((local.Enabled, local.Active, local.Shared), Is.EqualTo((true, true, false)));
        Assert.That(local.Total, Is.EqualTo(100 * SimStorage.GiB));
        Assert.That(local.Avail, Is.EqualTo(local.Total - local.Used));
        var lvm = storages.Single(s => s.Storage == "local-lvm");
        Assert.That(lvm.Content, Is.EquivalentTo(new[] { "images", "rootdir" }));
    }

    [Test]
    public async Task Storage_changes_in_the_simulator_reach_the_client()
    {
        Pve.Storage("local").SetFree(1 * SimStorage.GiB);
        Pve.Storage("local-lvm").DisallowContent("images");
        Pve.AddStorage("nas", "nfs", ["iso"], total: 0).Active = false;

        var storages = await Client.GetStoragesAsync("pve");

        Assert.That(storages.Single(s => s.Storage == "local").Avail, Is.EqualTo(1 * SimStorage.GiB));
        Assert.That(storages.Single(s => s.Storage == "local-lvm").Allows("images"), Is.False);
        var nas = storages.Single(s => s.Storage == "nas");
        Assert.That((nas.Active, nas.Total, nas.FreePercent), Is.EqualTo((false, 0L, 0.0)));
    }

    [Test]
    public async Task Storages_the_token_cannot_audit_are_left_out()
    {
        State.DefaultToken.Revoke("/storage/local-lvm", "Datastore.Audit", "Datastore.AllocateSpace");

        var storages = await Client.GetStoragesAsync("pve");

        Assert.That(storages.Select(s => s.Storage), Is.EqualTo(new[] { "local" }));
    }

    [Test]
    public async Task Storage_status_matches_the_list_entry()
    {
        var status = await Client.GetStorageStatusAsync("pve", "local-lvm");

        Assert.That(status.Type, Is.EqualTo("lvmthin"));
        Assert.That(status.Total, Is.EqualTo(500 * SimStorage.GiB));
        Assert.That(status.FreePercent, Is.EqualTo(100.0 * status.Avail / status.Total));
        Assert.That(status, Is.Not.InstanceOf<PveStorage>());
    }

    [Test]
    public async Task Permissions_list_every_privilege_on_root_with_propagate()
    {
        var permissions = await Client.GetPermissionsAsync();

        Assert.That(permissions.Paths["/"], Has.Count.EqualTo(Privileges.All.Count));
        Assert.That(permissions.Paths["/"].Values, Is.All.True);
        Assert.That(permissions.Has("/vms/100", "VM.Allocate"), Is.True);
        Assert.That(permissions.Has("/storage/local", "Datastore.AllocateTemplate"), Is.True);
    }

    [Test]
    public async Task A_revoked_privilege_is_missing_below_its_path_only()
    {
        State.DefaultToken.Revoke("/vms", "VM.Allocate");

        var permissions = await Client.GetPermissionsAsync();

        Assert.That(permissions.Has("/vms", "VM.Allocate"), Is.False);
        Assert.That(permissions.Has("/vms/9000", "VM.Allocate"), Is.False);
        Assert.That(permissions.Has("/vms/9000", "VM.Audit"), Is.True);
        Assert.That(permissions.Has("/", "VM.Allocate"), Is.True);
    }

    [Test]
    public async Task A_second_token_sees_only_its_own_privileges()
    {
        var token = State.AddToken("runway@pve!check").Grant("/storage", "Datastore.Audit").Grant("/", propagate: false, "Sys.Audit");
        using var client = TestClients.Create(TestClients.Options(Simulator) with { TokenId = token.Id, TokenSecret = token.Secret });

        var permissions = await client.GetPermissionsAsync();

        Assert.That(permissions.Has("/storage/local", "Datastore.Audit"), Is.True);
        Assert.That(permissions.Has("/", "Sys.Audit"), Is.True);
        Assert.That(permissions.Has("/nodes/pve", "Sys.Audit"), Is.False, "not propagated");
        Assert.That(permissions.Has("/vms/100", "VM.Allocate"), Is.False);
    }

    [Test]
    public async Task Every_successful_answer_is_recorded_verbatim()
    {
        var recorder = new ListRecorder();
        using var client = TestClients.Create(TestClients.Options(Simulator) with { Recorder = recorder });

        await client.GetVersionAsync();
        await client.GetStorageStatusAsync("pve", "local");
        Assert.ThrowsAsync<ProxmoxNotFoundException>(() => client.GetStorageStatusAsync("pve", "nope"));

        Assert.That(recorder.Answers.Select(a => a.Resource), Is.EqualTo(new[] { "/version", "/nodes/pve/storage/local/status" }));
        Assert.That(recorder.Answers[0].Body, Does.StartWith("{\"data\":{\"version\":\"9.2.11\""));
    }
}
