using HomeLab.Testing;

namespace HomeLab.L3.OS.Tests;

/// <summary>The inventory listing is kept for unchanged static inventories only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class InventoryCacheTests
{
    private const string Listing = """{"all":{"children":["webs"]}}""";

    [Test]
    public void A_listing_is_found_again_until_an_inventory_file_changes()
    {
        using var temp = new TempDirectory();
        var inventory = temp.Directory("inventory");
        var hosts = temp.File("inventory/hosts.yaml", "all:\n  hosts:\n    web1: {}\n");
        temp.File("inventory/group_vars/all.yaml", "x: 1\n");
        var cache = new InventoryCache(temp.Combine("cache"));

        Assert.That(cache.Find([inventory], null), Is.Null, "nothing kept yet");
        cache.Keep([inventory], null, Listing);
        Assert.That(cache.Find([inventory], null), Is.EqualTo(Listing));

        File.AppendAllText(temp.Combine("inventory", "group_vars", "all.yaml"), "y: 2\n");
        Assert.That(cache.Find([inventory], null), Is.Null, "a changed group_vars file asks again");
        cache.Keep([inventory], null, Listing);
        File.SetLastWriteTimeUtc(hosts, DateTime.UtcNow.AddMinutes(1));
        Assert.That(cache.Find([inventory], null), Is.Null, "a touched hosts file asks again");
        cache.Keep([inventory], null, Listing);
        Assert.That(cache.Find([inventory], null), Is.EqualTo(Listing));
        Assert.That(UnixFileModeOf(Directory.GetFiles(temp.Combine("cache")).Single()), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite),
            "one listing is kept, the owner's alone");
    }

    [TestCase("inventory/proxmox.yaml", "plugin: community.general.proxmox\nurl: https://pve:8006\n", false)]
    [TestCase("inventory/hosts.sh", "#!/bin/sh\necho '{}'\n", true)]
    public void A_dynamic_inventory_is_never_kept(string file, string content, bool executable)
    {
        using var temp = new TempDirectory();
        var inventory = temp.Directory("inventory");
        var path = temp.File(file, content);
        if (executable)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var cache = new InventoryCache(temp.Combine("cache"));
        cache.Keep([inventory], null, Listing);

        Assert.That(cache.Find([inventory], null), Is.Null);
        Assert.That(Directory.Exists(temp.Combine("cache")), Is.False);
    }

    private static UnixFileMode UnixFileModeOf(string path) => File.GetUnixFileMode(path);
}
