using System.Text.Json;
using HomeLab.Tools.Ansible.Inventory;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>The inventory parser on JSON captured from <c>ansible-inventory --list</c> (ansible-core 2.14).</summary>
public class AnsibleInventoryResultTests
{
    private static readonly AnsibleInventoryResult Inventory = AnsibleInventoryResult.Parse(
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "ansible", "inventory-list.json")));

    [Test]
    public void Groups_keep_their_hosts_and_children_and_empty_groups_are_known()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inventory.GroupNames, Is.EqualTo(new[] { "empty_group", "flagg_group", "ubuntu", "ubuntu_docker" }));
            Assert.That(Inventory.Groups.Keys, Does.Contain("all").And.Contain("ungrouped"));
            Assert.That(Inventory.Groups["ubuntu"].Hosts, Is.EqualTo(new[] { "plain" }));
            Assert.That(Inventory.Groups["ubuntu"].Children, Is.EqualTo(new[] { "ubuntu_docker" }));
            Assert.That(Inventory.HostsOf("ubuntu"), Is.EqualTo(new[] { "carrie", "misery", "plain" }));
            Assert.That(Inventory.HostsOf("empty_group"), Is.Empty);
            Assert.That(Inventory.HostsOf("no_such_group"), Is.Empty);
            Assert.That(Inventory.HostsOf("all"), Is.EqualTo(new[] { "carrie", "flagg", "lonely", "misery", "plain" }));
        });
    }

    [Test]
    public void Hosts_give_where_and_as_whom_ansible_connects()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inventory.Hosts["carrie"].AnsibleHost, Is.EqualTo("10.0.0.11"));
            Assert.That(Inventory.Hosts["carrie"].AnsibleUser, Is.EqualTo("admin"));
            Assert.That(Inventory.Hosts["carrie"].AnsiblePort, Is.Null);
            Assert.That(Inventory.Hosts["carrie"].Text("converge_docker"), Is.EqualTo("true"));
            Assert.That(Inventory.Hosts["flagg"].AnsiblePort, Is.EqualTo(2222));
            Assert.That(Inventory.Hosts["plain"].AnsibleHost, Is.EqualTo("plain"), "no ansible_host: the name");
            Assert.That(Inventory.Hosts["plain"].AnsibleUser, Is.EqualTo("root"), "group vars are merged in");
            Assert.That(Inventory.Hosts["plain"].Text("missing"), Is.Null);
        });
    }

    [Test]
    public void A_host_only_a_group_names_is_still_a_host()
    {
        var inventory = AnsibleInventoryResult.Parse("""{"all": {"children": ["ungrouped", "g"]}, "g": {"hosts": ["h1"]}}""");

        Assert.That(inventory.Hosts.Keys, Is.EqualTo(new[] { "h1" }));
        Assert.That(inventory.Hosts["h1"].Vars, Is.Empty);
        Assert.That(inventory.HostsOf("all"), Is.EqualTo(new[] { "h1" }));
    }

    [Test]
    public void Text_that_is_not_an_inventory_is_refused()
    {
        Assert.Throws<JsonException>(() => AnsibleInventoryResult.Parse("[1, 2]"));
        Assert.Catch<JsonException>(() => AnsibleInventoryResult.Parse("[WARNING]: nothing"));
    }
}
