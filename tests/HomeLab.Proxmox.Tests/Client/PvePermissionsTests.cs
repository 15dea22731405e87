namespace HomeLab.Proxmox.Tests.Client;

public class PvePermissionsTests
{
    [Test]
    public void Exact_path_counts_without_propagate()
    {
        var permissions = Of(("/storage/local", "Datastore.Audit", false));

        Assert.That(permissions.Has("/storage/local", "Datastore.Audit"), Is.True);
        Assert.That(permissions.Has("/storage/local/", "Datastore.Audit"), Is.True);
        Assert.That(permissions.Has("/storage/local/sub", "Datastore.Audit"), Is.False);
    }

    [Test]
    public void Ancestor_counts_only_with_propagate()
    {
        var permissions = Of(("/", "Sys.Audit", true), ("/", "Sys.Modify", false));

        Assert.That(permissions.Has("/nodes/pve", "Sys.Audit"), Is.True);
        Assert.That(permissions.Has("/nodes/pve", "Sys.Modify"), Is.False);
    }

    [Test]
    public void The_nearest_listed_path_overrides_its_ancestors()
    {
        // What /access/permissions shows for "all on /, but /vms without VM.Allocate".
        var permissions = Of(("/", "VM.Allocate", true), ("/", "VM.Audit", true), ("/vms", "VM.Audit", true));

        Assert.That(permissions.Has("/vms/100", "VM.Allocate"), Is.False);
        Assert.That(permissions.Has("/vms/100", "VM.Audit"), Is.True);
        Assert.That(permissions.Has("/storage", "VM.Allocate"), Is.True);
    }

    [Test]
    public void A_listed_path_without_privileges_holds_nothing()
    {
        var permissions = Of(("/", "Sys.Audit", true));
        var paths = new Dictionary<string, IReadOnlyDictionary<string, bool>>(permissions.Paths) { ["/access"] = new Dictionary<string, bool>() };

        Assert.That(new PvePermissions(paths).Has("/access/groups", "Sys.Audit"), Is.False);
    }

    private static PvePermissions Of(params (string Path, string Privilege, bool Propagate)[] entries) =>
        new(entries.GroupBy(e => e.Path).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, bool>)g.ToDictionary(e => e.Privilege, e => e.Propagate)));
}
