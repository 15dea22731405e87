using System.Diagnostics;
using System.Text.Json;
using HomeLab.Testing;

namespace HomeLab.L3.OS.Tests;

/// <summary>L2's hosts.json becomes an inventory that the real ansible-inventory reads.</summary>
public class L2InventoryTests
{
    private static readonly InventoryHost[] Hosts =
    [
        new("dock-01", "10.20.0.21", "lab", "ubuntu", "docker", ["docker"]),
        new("dock-02", "10.20.0.22", "lab", "ubuntu", "docker", ["docker"]),
        new("forge", "10.20.0.30", "ops", "arch", "devops", []),
    ];

    [Test]
    public void Hosts_json_as_L2_writes_it_is_read_back()
    {
        using var temp = new TempDirectory();
        var path = temp.File("hosts.json", """
            {"hosts":[{"name":"dock-01","ip":"10.20.0.21","ssh_user":"lab","tags":["docker"],"os":"ubuntu","persona":"docker","node":"pve"}]}
            """);

        Assert.That(L2HostsFile.Read(path), Has.Exactly(1).Matches<InventoryHost>(host =>
            host.Name == "dock-01" && host.Ip == "10.20.0.21" && host.SshUser == "lab" && host.Os == "ubuntu" && host.Persona == "docker"));
    }

    [Test]
    public void A_file_that_is_not_L2s_is_one_line_naming_it()
    {
        using var temp = new TempDirectory();
        var path = temp.File("hosts.json", """{"machines":[]}""");

        var error = Assert.Throws<InvalidDataException>(() => L2HostsFile.Read(path))!;

        Assert.That(error.Message, Does.StartWith($"{path} is not L2's hosts file").And.EndWith("run ./build.sh --target=L2 to write it again."));
    }

    [Test]
    public void The_rendered_inventory_gives_every_host_its_address_user_and_groups()
    {
        using var temp = new TempDirectory();
        var path = L2InventoryRenderer.Write(temp.Path, Hosts);

        var inventory = AnsibleInventoryList(path);

        var hostvars = inventory.GetProperty("_meta").GetProperty("hostvars");
        Assert.That(hostvars.GetProperty("dock-02").GetProperty("ansible_host").GetString(), Is.EqualTo("10.20.0.22"));
        Assert.That(hostvars.GetProperty("forge").GetProperty("ansible_user").GetString(), Is.EqualTo("ops"));
        Assert.That(Members(inventory, "ubuntu"), Is.EqualTo(new[] { "dock-01", "dock-02" }));
        Assert.That(Members(inventory, "docker"), Is.EqualTo(new[] { "dock-01", "dock-02" }));
        Assert.That(Members(inventory, "ubuntu_docker"), Is.EqualTo(new[] { "dock-01", "dock-02" }));
        Assert.That(Members(inventory, "arch_devops"), Is.EqualTo(new[] { "forge" }));
    }

    private static string[] Members(JsonElement inventory, string group) =>
        inventory.GetProperty(group).GetProperty("hosts").EnumerateArray().Select(host => host.GetString()!).Order().ToArray();

    private static JsonElement AnsibleInventoryList(string inventory)
    {
        var start = new ProcessStartInfo("ansible-inventory", ["-i", inventory, "--list"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("ansible-inventory is not installed: this test runs the real one (apt-get install ansible-core).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, errors);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
    }
}
