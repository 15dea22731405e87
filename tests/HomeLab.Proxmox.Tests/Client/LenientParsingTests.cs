using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>
/// Odd but valid answers, as different Proxmox versions and the Perl encoder produce them, fed through the whole
/// client by the simulator's canned responses.
/// </summary>
public class LenientParsingTests : SimulatorTest
{
    [Test]
    public async Task Version_before_8_uses_the_dash_format_and_may_lack_release()
    {
        Canned("/version", """{"data":{"version":"7.4-20","repoid":"abcd1234","console":"xtermjs"}}""");

        var version = await Client.GetVersionAsync();

        Assert.That(version, Is.EqualTo(new PveVersion("7.4-20", "7.4", "abcd1234")));
        Assert.That(version.Major, Is.EqualTo(7));
    }

    [Test]
    public async Task Node_numbers_may_be_strings_or_floats_and_status_may_be_missing()
    {
        Canned("/nodes", """{"data":[{"node":"a","status":"online","maxcpu":"16","maxmem":3.4359738368E10,"extra":{"x":1}},{"node":"b"}]}""");

        var nodes = await Client.GetNodesAsync();

        Assert.That(nodes[0], Is.EqualTo(new PveNode("a", "online", null, 16, 34359738368)));
        Assert.That(nodes[1], Is.EqualTo(new PveNode("b", "unknown", null, null, null)));
    }

    [Test]
    public async Task Network_flags_may_be_numbers_strings_or_booleans_and_cidr_may_be_derived()
    {
        Canned("/nodes/pve/network", """
            {"data":[
              {"iface":"vmbr0","type":"bridge","active":true,"autostart":"1","address":"10.0.0.2","netmask":"24","bridge_ports":""},
              {"iface":"vmbr1","type":"bridge","active":0,"address":"10.1.0.2","netmask":"255.255.0.0","mtu":"9000"},
              {"iface":"eno1","type":"eth","active":"0","autostart":false,"priority":3,"families":["inet"]}
            ],"changes":"--- /etc/network/interfaces\n+++ /etc/network/interfaces.new\n"}
            """);

        var network = await Client.GetNetworkAsync("pve");

        Assert.That(network[0], Is.EqualTo(new PveNetworkInterface("vmbr0", "bridge", true, true, "10.0.0.2/24", "")));
        Assert.That(network[1], Is.EqualTo(new PveNetworkInterface("vmbr1", "bridge", false, false, "10.1.0.2/16", null)));
        Assert.That(network[2], Is.EqualTo(new PveNetworkInterface("eno1", "eth", false, false, null, null)));
    }

    [Test]
    public async Task Storage_sizes_may_be_strings_and_avail_may_be_missing()
    {
        Canned("/nodes/pve/storage", """
            {"data":[{"storage":"nas","type":"nfs","content":"iso, vztmpl,,backup","enabled":"1","active":true,
                      "total":"1000","used":250.7,"used_fraction":0.25,"formats":{"default":"raw"}}]}
            """);

        var storage = (await Client.GetStoragesAsync("pve")).Single();

        Assert.That(storage.Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup" }));
        Assert.That((storage.Enabled, storage.Active, storage.Shared), Is.EqualTo((true, true, false)));
        Assert.That((storage.Total, storage.Used, storage.Avail), Is.EqualTo((1000L, 250L, 750L)));
    }

    [Test]
    public async Task Storage_status_without_enabled_counts_as_enabled()
    {
        Canned("/nodes/pve/storage/local/status", """{"data":{"type":"dir","content":"iso","active":1,"total":10,"used":1,"avail":9}}""");

        var status = await Client.GetStorageStatusAsync("pve", "local");

        Assert.That(status.Enabled, Is.True);
        Assert.That(status.Avail, Is.EqualTo(9));
    }

    [Test]
    public async Task Permission_flags_may_be_any_boolean_spelling_and_zero_still_means_held()
    {
        Canned("/access/permissions", """{"data":{"/":{"Sys.Audit":"1","Sys.Modify":0},"/storage":{"Datastore.Audit":true}}}""");

        var permissions = await Client.GetPermissionsAsync();

        Assert.That(permissions.Paths["/"]["Sys.Audit"], Is.True);
        Assert.That(permissions.Has("/", "Sys.Modify"), Is.True, "a key present with 0 is held, just not propagated");
        Assert.That(permissions.Has("/nodes/pve", "Sys.Modify"), Is.False);
        Assert.That(permissions.Has("/storage/local", "Datastore.Audit"), Is.True);
    }

    [TestCase("/nodes", """{"data":{"node":"pve"}}""", "\"data\" is an object, not a list")]
    [TestCase("/nodes", """{"data":[{"status":"online"}]}""", "the field \"node\" is missing")]
    [TestCase("/nodes", """{"data":[{"node":"pve","maxmem":"lots"}]}""", "the field \"maxmem\" is 'lots', not a number")]
    [TestCase("/nodes", """{"result":[]}""", "without the \"data\" envelope")]
    [TestCase("/nodes", "", "an empty body")]
    public void Answers_in_the_wrong_shape_are_response_errors(string path, string body, string expected)
    {
        Canned(path, body);

        var error = Assert.ThrowsAsync<ProxmoxResponseException>(() => Client.GetNodesAsync());

        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error.Message, Does.StartWith($"Proxmox at {Simulator.AccessHost} answered GET /nodes"));
    }

    private void Canned(string path, string body) => Simulator.Faults.RespondNext(path, 200, body);
}
