using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Simulator;

public class SimulatorStateTests
{
    [Test]
    public void The_default_lab_matches_a_fresh_proxmox_install()
    {
        var state = SimulatorState.CreateDefault();

        var pve = state.Node("pve");
        Assert.That(pve.IsOnline, Is.True);
        Assert.That(pve.Network.Select(i => (i.Iface, i.Type)), Is.EqualTo(new[] { ("eno1", "eth"), ("vmbr0", "bridge") }));
        Assert.That(pve.Interface("vmbr0").BridgePorts, Is.EqualTo("eno1"));
        Assert.That(pve.Storage("local").Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup" }));
        Assert.That(pve.Storage("local-lvm").Content, Is.EquivalentTo(new[] { "images", "rootdir" }));
        Assert.That(state.Version, Is.EqualTo(SimVersion.Default));
        Assert.That(state.DefaultToken.Id, Is.EqualTo("homelab@pve!homelab"));
        Assert.That(Guid.TryParse(state.DefaultToken.Secret, out _), Is.True);
        Assert.That(Privileges.All, Is.All.Matches<string>(p => state.DefaultToken.Has("/vms/100", p)));
    }

    [Test]
    public void Storage_content_is_set_as_datacenter_storage_edit_content_sets_it()
    {
        var state = SimulatorState.CreateDefault();

        state.ApplyStorageContent(new StorageContentSetting("local", ["iso", "vztmpl", "backup", "import"]));

        Assert.That(state.Node("pve").Storage("local").Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup", "import" }));
        Assert.That(state.Node("pve").Storage("local-lvm").Content, Is.EquivalentTo(new[] { "images", "rootdir" }));
    }

    [Test]
    public void Storage_content_names_an_unknown_storage_and_a_content_type_the_release_lacks()
    {
        var older = SimulatorState.CreateDefault(SimVersion.Of("8.1.4"));

        var unknown = Assert.Throws<InvalidOperationException>(() => older.ApplyStorageContent(new StorageContentSetting("nas", ["iso"])));
        var tooNew = Assert.Throws<InvalidOperationException>(() => older.ApplyStorageContent(new StorageContentSetting("local", ["iso", "import"])));

        Assert.That(unknown!.Message, Is.EqualTo("there is no storage 'nas' (the simulator has: local, local-lvm)"));
        Assert.That(tooNew!.Message, Is.EqualTo("storage 'local' cannot allow 'import' on Proxmox VE 8.1.4: the content type came with 8.2"));
        Assert.That(older.Node("pve").Storage("local").Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup" }));
    }

    [TestCase("8.1.4", false, false, false, false)]
    [TestCase("8.2.7", true, false, false, false)]
    [TestCase("8.3.0", true, true, false, false)]
    [TestCase("8.3.3", true, true, true, false)]
    [TestCase("8.4.0", true, true, true, true)]
    [TestCase("9.2.11", true, true, true, true)]
    public void Features_follow_the_release(string version, bool importContent, bool importFrom, bool message, bool diskImages)
    {
        var features = SimVersion.Of(version).Features;

        Assert.That(features.ImportContent, Is.EqualTo(importContent));
        Assert.That(features.ImportFromImportVolume, Is.EqualTo(importFrom));
        Assert.That(features.ErrorMessageField, Is.EqualTo(message));
        Assert.That(features.ImportExtensions.Contains("qcow2"), Is.EqualTo(diskImages));
        Assert.That(features.RequestBodyLimit, Is.EqualTo(diskImages ? 512 * 1024 : 64 * 1024));
    }

    [Test]
    public void Secrets_differ_between_labs() =>
        Assert.That(SimulatorState.CreateDefault().DefaultToken.Secret, Is.Not.EqualTo(SimulatorState.CreateDefault().DefaultToken.Secret));

    [Test]
    public void Set_free_adjusts_used_space()
    {
        var storage = new SimStorage("local", "dir") { Total = 10 * SimStorage.GiB };

        storage.SetFree(SimStorage.GiB);

        Assert.That((storage.Used, storage.Avail), Is.EqualTo((9 * SimStorage.GiB, SimStorage.GiB)));
    }

    [Test]
    public void Revoke_on_a_subpath_keeps_everything_else_inherited()
    {
        var token = new SimToken("a@pve!t", "s").Grant("/", "VM.Allocate", "VM.Audit");

        token.Revoke("/vms", "VM.Allocate");

        Assert.That(token.Has("/vms/100", "VM.Allocate"), Is.False);
        Assert.That(token.Has("/vms/100", "VM.Audit"), Is.True);
        Assert.That(token.Has("/storage/local", "VM.Allocate"), Is.True);
    }

    [Test]
    public void A_deeper_grant_adds_to_what_is_inherited()
    {
        var token = new SimToken("a@pve!t", "s").Grant("/", "Sys.Audit");

        token.Grant("/storage/local", "Datastore.AllocateTemplate");

        Assert.That(token.Has("/storage/local", "Sys.Audit"), Is.True);
        Assert.That(token.Has("/storage/local", "Datastore.AllocateTemplate"), Is.True);
        Assert.That(token.Has("/storage/other", "Datastore.AllocateTemplate"), Is.False);
    }

    [Test]
    public void Privileges_without_propagate_stay_on_their_path()
    {
        var token = new SimToken("a@pve!t", "s").Grant("/", propagate: false, "Sys.Audit");

        Assert.That(token.EffectivePrivileges("/"), Is.EqualTo(new Dictionary<string, bool> { ["Sys.Audit"] = false }));
        Assert.That(token.Has("/nodes/pve", "Sys.Audit"), Is.False);
    }

    [Test]
    public void Clear_acl_leaves_nothing()
    {
        var token = new SimToken("a@pve!t", "s").GrantAll();

        token.ClearAcl();

        Assert.That(token.EffectivePrivileges("/"), Is.Empty);
        Assert.That(token.AclPaths, Is.Empty);
    }

    [TestCase("no-realm")]
    [TestCase("user@pve")]
    [TestCase("user@pve!")]
    [TestCase("@pve!t")]
    public void Token_ids_must_be_full(string id) => Assert.Throws<ArgumentException>(() => new SimToken(id, "s"));

    [Test]
    public void Version_of_derives_the_release() =>
        Assert.That(SimVersion.Of("8.4.21").Release, Is.EqualTo("8.4"));
}
