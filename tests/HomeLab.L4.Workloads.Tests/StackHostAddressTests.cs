using Cake.Core;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L4.Workloads.Tests;

public class StackHostAddressTests
{
    // What ansible-inventory --list prints: a port from YAML is a number.
    private static readonly AnsibleInventoryResult Inventory = AnsibleInventoryResult.Parse("""
        {
          "_meta": { "hostvars": {
            "dock-01": { "ansible_host": "10.20.0.21", "ansible_user": "lab" },
            "dock-test": { "ansible_host": "127.0.0.1", "ansible_port": 2222, "ansible_user": "root" },
            "plain.lan": {}
          } },
          "all": { "children": ["ungrouped", "ubuntu"] },
          "ubuntu": { "hosts": ["dock-01", "dock-test"] },
          "ungrouped": { "hosts": ["plain.lan"] }
        }
        """);

    [TestCase("dock-01", "ssh://lab@10.20.0.21")]
    [TestCase("dock-test", "ssh://root@127.0.0.1:2222")]
    [TestCase("plain.lan", "ssh://plain.lan")]
    public void The_docker_host_comes_from_the_host_s_inventory_vars(string host, string expected)
    {
        Assert.That(StackHostAddress.For(Inventory, new StackReference(host, "whoami"), "ansible/inventory"), Is.EqualTo(expected));
    }

    [Test]
    public void An_unknown_host_is_one_line_listing_the_inventory_s_hosts()
    {
        var error = Assert.Throws<CakeException>(() => StackHostAddress.For(Inventory, new StackReference("dock-09", "whoami"), "ansible/inventory"))!;

        Assert.That(error.Message, Is.EqualTo(
            "--stack=dock-09/whoami: the host dock-09 is not in the inventory (ansible/inventory); its hosts: dock-01, dock-test, plain.lan."));
    }
}
