using Cake.Core;
using HomeLab.Configuration;

namespace HomeLab.Build.Tests;

/// <summary>L1's settings come from the lab's settings, which the host reads once.</summary>
public class TemplateSettingsTests
{
    private const string Secret = "5f0c1a2b-template-secret";

    [Test]
    public void Reads_the_pve_variables_with_their_defaults_and_hands_packer_the_connection()
    {
        var env = new Dictionary<string, string>
        {
            ["PVE_NODE"] = " polaris ", ["PVE_STORAGE_VM"] = "local-zfs", ["PVE_ACCESS_HOST"] = "pve.lan:8006",
            ["PM_TOKEN_ID"] = "gitops@pve!packer", ["PM_TOKEN_SECRET"] = Secret, ["PVE_TLS_INSECURE"] = "1",
        };

        var settings = TemplateSettings.From(LabSettingsReader.Read(env.GetValueOrDefault), simulation: true);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Node, Is.EqualTo("polaris"));
            Assert.That(settings.VmStorage, Is.EqualTo("local-zfs"));
            Assert.That(settings.IsoStorage, Is.EqualTo("local"));
            Assert.That(settings.Bridge, Is.EqualTo("vmbr0"));
            Assert.That(settings.Simulation, Is.True);
            Assert.That(settings.PackerVariables.AccessHost, Is.EqualTo("pve.lan:8006"));
            Assert.That(settings.PackerVariables.TokenSecret, Is.EqualTo(Secret));
            Assert.That(settings.PackerVariables.TlsInsecure, Is.True);
            Assert.That(settings.PackerVariables.ToString(), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void Reads_the_optional_iso_storage_and_bridge()
    {
        var env = new Dictionary<string, string>
        {
            ["PVE_NODE"] = "pve", ["PVE_STORAGE_VM"] = "local-lvm", ["PVE_STORAGE_ISO"] = "nas-iso", ["PVE_BRIDGE"] = "vmbr1",
        };

        var settings = TemplateSettings.From(LabSettingsReader.Read(env.GetValueOrDefault), simulation: false);

        Assert.That(settings.IsoStorage, Is.EqualTo("nas-iso"));
        Assert.That(settings.Bridge, Is.EqualTo("vmbr1"));
        Assert.That(settings.PackerVariables.StorageIso, Is.EqualTo("nas-iso"));
        Assert.That(settings.Simulation, Is.False);
    }

    [TestCase("PVE_NODE", "PVE_NODE is not set; L1 needs it to build templates: set it to the Proxmox node that builds the templates, e.g. PVE_NODE=pve.")]
    [TestCase("PVE_STORAGE_VM", "PVE_STORAGE_VM is not set; L1 needs it to build templates: set it to the storage for template disks, e.g. PVE_STORAGE_VM=local-lvm.")]
    public void A_missing_required_variable_is_one_line_naming_it(string missing, string message)
    {
        var env = new Dictionary<string, string> { ["PVE_NODE"] = "pve", ["PVE_STORAGE_VM"] = "local-lvm" };
        env[missing] = "  ";

        var error = Assert.Throws<CakeException>(() => TemplateSettings.From(LabSettingsReader.Read(env.GetValueOrDefault), simulation: false))!;

        Assert.That(error.Message, Is.EqualTo(message));
    }
}
