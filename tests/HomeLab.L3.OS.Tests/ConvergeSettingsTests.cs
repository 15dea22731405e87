using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L3.OS.Tests;

/// <summary>A converge request becomes the wrapper's settings as the original converge.sh built its command, and better.</summary>
public class ConvergeSettingsTests
{
    [Test]
    public void L2s_inventory_comes_first_the_lab_s_last_with_its_config_JUnit_and_converge_group()
    {
        using var temp = new TempDirectory();
        var lab = temp.Directory("lab");
        temp.Directory("lab", "ansible", "inventory");
        temp.File("lab/ansible.cfg", "[defaults]\n");
        temp.File("artifacts/l2/hosts.json", """{"hosts":[{"name":"dock-01","ip":"10.20.0.21","ssh_user":"lab","os":"ubuntu","persona":"docker"}]}""");
        var environment = Environment(temp, lab);

        var inventories = ConvergeInventories.Resolve(environment.Layout, environment.Artifacts);
        var settings = ConvergeSettingsFactory.Playbook(
            new ConvergeRequest { Layer = ConvergeLayer.L4, Group = "ubuntu_docker", Tags = ["step_a", "step_b"], Limit = " dock-01 ", Check = true },
            environment,
            inventories);

        Assert.Multiple(() =>
        {
            Assert.That(inventories, Is.EqualTo(new[] { temp.Combine("artifacts", "l3", "inventory.l2.yaml"), temp.Combine("lab", "ansible", "inventory") }));
            Assert.That(File.ReadAllText(inventories[0]), Does.Contain("\"ubuntu_docker\":").And.Contain("ansible_host: \"10.20.0.21\""));
            Assert.That(settings.Inventories.Select(path => path.FullPath), Is.EqualTo(inventories));
            Assert.That(settings.Inventories[1], Is.InstanceOf<DirectoryPath>());
            Assert.That(settings.ConfigFile!.FullPath, Is.EqualTo(temp.Combine("lab", "ansible.cfg")));
            Assert.That(settings.Playbook!.FullPath, Is.EqualTo(temp.Combine("lab", "ansible", "l4", "converge.yaml")));
            Assert.That(settings.JUnitOutputDirectory!.FullPath, Is.EqualTo(temp.Combine("artifacts", "l4")));
            Assert.That(settings.ExtraVars, Is.EqualTo(new Dictionary<string, object?> { ["converge_group"] = "ubuntu_docker" }));
            Assert.That(settings.Tags, Is.EqualTo(new[] { "step_a", "step_b" }));
            Assert.That(settings.Limit, Is.EqualTo("dock-01"));
            Assert.That(settings.Check && settings.Diff, Is.True, "--check is check plus diff");
            Assert.That(settings.OutputIsTerminal, Is.False);
            Assert.That(settings.Redact!("a s3cret b"), Is.EqualTo("a [REDACTED] b"));
        });
    }

    [Test]
    public void A_dry_run_names_L2s_inventory_where_it_would_be_rendered_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var lab = temp.Directory("lab");
        temp.Directory("lab", "ansible", "inventory");
        temp.File("artifacts/l2/hosts.json", """{"hosts":[{"name":"dock-01","ip":"10.20.0.21","ssh_user":"lab","os":"ubuntu","persona":"docker"}]}""");
        var environment = Environment(temp, lab);

        var inventories = ConvergeInventories.Resolve(environment.Layout, environment.Artifacts, render: false);

        Assert.That(inventories, Is.EqualTo(new[] { temp.Combine("artifacts", "l3", "inventory.l2.yaml"), temp.Combine("lab", "ansible", "inventory") }));
        Assert.That(Directory.Exists(temp.Combine("artifacts", "l3")), Is.False);
    }

    [Test]
    public void Without_L2s_hosts_or_an_ansible_cfg_only_the_lab_s_inventory_is_read_and_ansible_finds_its_own_config()
    {
        using var temp = new TempDirectory();
        var lab = temp.Directory("lab");
        temp.Directory("lab", "ansible", "inventory");
        var environment = Environment(temp, lab);

        var inventories = ConvergeInventories.Resolve(environment.Layout, environment.Artifacts);
        var settings = ConvergeSettingsFactory.Playbook(new ConvergeRequest { Layer = ConvergeLayer.L3, Group = "all" }, environment, inventories);

        Assert.That(inventories, Is.EqualTo(new[] { temp.Combine("lab", "ansible", "inventory") }));
        Assert.That(settings.ConfigFile, Is.Null);
        Assert.That(settings.Check || settings.Diff, Is.False);
        Assert.That(File.Exists(temp.Combine("artifacts", "l3", "inventory.l2.yaml")), Is.False);
    }

    [Test]
    public void No_inventory_at_all_is_one_line_saying_what_to_write()
    {
        using var temp = new TempDirectory();
        var environment = Environment(temp, temp.Directory("lab"));

        var error = Assert.Throws<FileNotFoundException>(() => ConvergeInventories.Resolve(environment.Layout, environment.Artifacts))!;

        Assert.That(error.Message, Does.StartWith("No inventory: the lab has no ansible/inventory/").And.Contain("run ./build.sh --target=L2 first"));
    }

    [TestCase("dryrun", "dryrun", "false", true, 0)]
    [TestCase("check", "check", "false", false, 0)]
    [TestCase("force", "check", "true", false, 1)]
    public void A_reboot_runs_reboot_yaml_with_the_action_s_vars_and_flags(string value, string action, string force, bool diff, int forks)
    {
        using var temp = new TempDirectory();
        var environment = Environment(temp, temp.Directory("lab"));

        var settings = ConvergeSettingsFactory.Playbook(
            ConvergeRequest.Reboot("webs", RebootAction.Parse(value), ["t"], "web1"), environment, [temp.Directory("inventory")]);

        Assert.That(settings.Playbook!.FullPath, Is.EqualTo(temp.Combine("lab", "ansible", "l3", "reboot.yaml")));
        Assert.That(settings.ExtraVars, Is.EqualTo(new Dictionary<string, object?>
        {
            ["converge_group"] = "webs", ["reboot_action"] = action, ["force_reboot"] = force,
        }));
        Assert.That((settings.Diff, settings.Forks, settings.Check), Is.EqualTo((diff, forks, false)));
        Assert.That(settings.JUnitOutputDirectory!.FullPath, Is.EqualTo(temp.Combine("artifacts", "l3")));
    }

    [TestCase(true, "now")]
    [TestCase(false, null)]
    public void A_shutdown_passes_shutdown_action_only_when_confirmed(bool confirmed, string? action)
    {
        using var temp = new TempDirectory();
        var environment = Environment(temp, temp.Directory("lab"));

        var settings = ConvergeSettingsFactory.Playbook(ConvergeRequest.Shutdown("webs", confirmed, [], null), environment, [temp.Directory("inventory")]);

        Assert.That(settings.Playbook!.FullPath, Does.EndWith("/ansible/l3/shutdown.yaml"));
        Assert.That(settings.ExtraVars.TryGetValue("shutdown_action", out var value) ? value : null, Is.EqualTo(action));
    }

    [Test]
    public void A_missing_group_and_an_unknown_one_are_one_line_listing_the_inventory_s_groups()
    {
        var inventory = AnsibleInventoryResult.Parse("""
            {"_meta": {"hostvars": {}}, "all": {"children": ["ungrouped", "webs", "dbs"]}, "webs": {"hosts": ["web1"]}, "dbs": {"hosts": ["db1"]}}
            """);

        var missing = Assert.Throws<ArgumentException>(() => ConvergeGroups.Require(null, inventory, "L3"))!;
        var unknown = Assert.Throws<ArgumentException>(() => ConvergeGroups.Require("caches", inventory, "L3"))!;

        Assert.That(missing.Message, Is.EqualTo("L3 needs --group=<group>; the inventory's groups are dbs, webs."));
        Assert.That(unknown.Message, Is.EqualTo("Unknown group 'caches' (--group); the inventory's groups are dbs, webs."));
        Assert.That(ConvergeGroups.Require(" webs ", inventory, "L3"), Is.EqualTo("webs"));
        Assert.That(ConvergeGroups.Require("all", inventory, "L3"), Is.EqualTo("all"));
    }

    private static ConvergeEnvironment Environment(TempDirectory temp, string lab) => new(
        new AnsibleLabLayout(lab), new ConvergeArtifacts(temp.Combine("artifacts")), OutputIsTerminal: false,
        text => text.Replace("s3cret", "[REDACTED]", StringComparison.Ordinal));
}
