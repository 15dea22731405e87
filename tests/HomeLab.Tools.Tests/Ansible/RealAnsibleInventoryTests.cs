using Cake.Core.IO;
using HomeLab.Tools.Ansible;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary><c>ansible-inventory --list</c> and <c>ansible-playbook --version</c> against the real ansible-core.</summary>
public class RealAnsibleInventoryTests : RealAnsibleFixture
{
    [Test]
    public void The_inventory_is_read_into_groups_children_hosts_and_vars_with_the_later_source_winning()
    {
        // Like L2's generated inventory, passed first, so that the hand-written one (second) wins where they overlap.
        var generated = Temp.File("artifacts/l3/inventory.l2.yaml", """
            all:
              children:
                ubuntu:
                  children:
                    ubuntu_docker:
                      hosts:
                        web1: {ansible_user: from-l2, os: ubuntu}
                        carrie: {ansible_host: 10.0.0.11, ansible_user: admin}
            """);
        var settings = new AnsibleInventorySettings { ConfigFile = new FilePath(ConfigFile), NoColor = true }
            .WithInventory(new FilePath(generated))
            .WithInventory(new FilePath(InventoryFile));

        var inventory = Context.AnsibleInventory(settings);

        Assert.Multiple(() =>
        {
            Assert.That(inventory.GroupNames, Is.EqualTo(new[] { "dead", "ubuntu", "ubuntu_docker", "webs" }));
            Assert.That(inventory.Groups["ubuntu"].Children, Is.EqualTo(new[] { "ubuntu_docker" }));
            Assert.That(inventory.HostsOf("ubuntu"), Is.EqualTo(new[] { "carrie", "web1" }));
            Assert.That(inventory.HostsOf("webs"), Is.EqualTo(new[] { "web1", "web2" }));
            Assert.That(inventory.HostsOf("all"), Is.EqualTo(new[] { "carrie", "gone", "web1", "web2" }));
            Assert.That(inventory.HasGroup("webs"), Is.True);
            Assert.That(inventory.HasGroup("nope"), Is.False);

            var web1 = inventory.Hosts["web1"];
            Assert.That(web1.AnsibleHost, Is.EqualTo("127.0.0.1"));
            Assert.That(web1.AnsiblePort, Is.EqualTo(SshHost.Port));
            Assert.That(web1.AnsibleUser, Is.EqualTo(SshHost.User), "the second inventory wins");
            Assert.That(web1.Text("os"), Is.EqualTo("ubuntu"), "vars only the first inventory has are kept");
            Assert.That(inventory.Hosts["carrie"].AnsibleUser, Is.EqualTo("admin"));
            Assert.That(ExecutedCommands().Single(), Does.EndWith($"-i \"{generated}\" -i \"{InventoryFile}\" --list"));
            Assert.That(Log.Messages, Has.None.Contains("_meta"), "the JSON is parsed, not logged");
        });
    }

    [Test]
    public void The_version_is_read_from_ansible_playbook()
    {
        var version = Context.AnsibleVersion();

        Assert.That(version, Is.GreaterThanOrEqualTo(new Version(2, 12, 0)));
        Assert.That(Context.AnsibleIsAvailable(), Is.True);
        Assert.That(Context.AnsibleInventoryIsAvailable(), Is.True);
    }
}
