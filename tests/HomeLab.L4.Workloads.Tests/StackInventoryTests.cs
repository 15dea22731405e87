using HomeLab.L3.OS;
using HomeLab.Testing;

namespace HomeLab.L4.Workloads.Tests;

public class StackInventoryTests
{
    private TempDirectory _lab = null!;

    [SetUp]
    public void SetUp() => _lab = new TempDirectory("homelab-stackinventory-");

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void Without_inventory_files_there_are_no_sources_and_no_config()
    {
        var inventory = new StackInventory(new AnsibleLabLayout(_lab.Path), _lab.Combine("artifacts"));

        var settings = inventory.Settings(null);

        Assert.Multiple(() =>
        {
            Assert.That(inventory.Sources, Is.Empty);
            Assert.That(inventory.Description, Is.EqualTo("no inventory"));
            Assert.That(settings.Inventories, Is.Empty);
            Assert.That(settings.ConfigFile, Is.Null);
        });
    }

    [Test]
    public void L2_s_hosts_are_rendered_and_read_before_the_lab_s_inventory_with_the_lab_s_config()
    {
        _lab.File("ansible/inventory/hosts.yaml", "all: {}\n");
        _lab.File("ansible.cfg", "[defaults]\n");
        _lab.File("artifacts/l2/hosts.json", """
            {"hosts":[{"name":"dock-01","ip":"10.20.0.21","ssh_user":"lab","os":"ubuntu","persona":"docker","tags":[]}]}
            """);
        var inventory = new StackInventory(new AnsibleLabLayout(_lab.Path), _lab.Combine("artifacts"));

        inventory.RenderFromL2();
        var settings = inventory.Settings(text => text);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(_lab.Combine("artifacts", "l3", "inventory.l2.yaml")), Does.Contain("ansible_host: \"10.20.0.21\""));
            Assert.That(inventory.Sources, Is.EqualTo(new[] { _lab.Combine("artifacts", "l3", "inventory.l2.yaml"), _lab.Combine("ansible", "inventory") }));
            Assert.That(inventory.Description, Is.EqualTo("artifacts/l3/inventory.l2.yaml + ansible/inventory"));
            Assert.That(settings.Inventories.Select(path => path.FullPath), Is.EqualTo(inventory.Sources));
            Assert.That(settings.ConfigFile?.FullPath, Is.EqualTo(_lab.Combine("ansible.cfg")));
            Assert.That(settings.Redact, Is.Not.Null);
        });
    }

    [Test]
    public void Without_L2_s_hosts_nothing_is_rendered()
    {
        var inventory = new StackInventory(new AnsibleLabLayout(_lab.Path), _lab.Combine("artifacts"));

        inventory.RenderFromL2();

        Assert.That(Directory.Exists(_lab.Combine("artifacts")), Is.False);
    }
}
