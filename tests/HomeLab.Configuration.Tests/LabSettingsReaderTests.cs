using HomeLab.Configuration;
using HomeLab.Proxmox;
using HomeLab.Testing;

namespace HomeLab.Configuration.Tests;

public sealed class LabSettingsReaderTests
{
    [Test]
    public void A_complete_environment_reads_without_problems_and_applies_the_defaults()
    {
        var settings = LabSettingsReader.Read(Env.Complete().Lookup);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Failures, Is.Empty);
            Assert.That(settings.Warnings, Is.Empty);
            Assert.That(settings.CanReachApi, Is.True);
            Assert.That(settings.Endpoint!.BaseUrl, Is.EqualTo(new Uri("https://pve.lan:8006/api2/json")));
            Assert.That(settings.Bridge, Is.EqualTo("vmbr0"));
            Assert.That(settings.StorageIso, Is.EqualTo("local"));
            Assert.That(settings.MinFreeGibIso, Is.EqualTo(4));
            Assert.That(settings.MinFreePctVm, Is.EqualTo(10));
            Assert.That(settings.Tls, Is.EqualTo(ProxmoxTlsOptions.Verify));
        });
    }

    [Test]
    public void Every_missing_variable_is_named_in_one_reason()
    {
        var settings = LabSettingsReader.Read(new Env().Lookup);

        Assert.That(settings.Failures, Is.EqualTo(new[]
        {
            "Missing required environment variables: PVE_ACCESS_HOST, PM_TOKEN_ID, PM_TOKEN_SECRET, PVE_NODE, PVE_STORAGE_VM. Set them in Doppler or your shell.",
        }));
        Assert.That(settings.CanReachApi, Is.False);
    }

    [Test]
    public void Blank_values_count_as_missing()
    {
        var env = Env.Complete().Set(LabVariables.TokenId, "   ").Set(LabVariables.Node, "");

        var settings = LabSettingsReader.Read(env.Lookup);

        Assert.That(settings.Failures, Is.EqualTo(new[]
        {
            "Missing required environment variables: PM_TOKEN_ID, PVE_NODE. Set them in Doppler or your shell.",
        }));
        Assert.That(settings.Missing, Is.EqualTo(new[] { "PM_TOKEN_ID", "PVE_NODE" }));
    }

    [Test]
    public void One_missing_variable_is_named_in_the_singular()
    {
        var settings = LabSettingsReader.Read(Env.Complete().Unset(LabVariables.StorageVm).Lookup);

        Assert.That(settings.Failures, Is.EqualTo(new[] { "Missing required environment variable: PVE_STORAGE_VM. Set it in Doppler or your shell." }));
    }

    [Test]
    public void Optional_variables_override_the_defaults()
    {
        var env = Env.Complete()
            .Set(LabVariables.Bridge, "vmbr1")
            .Set(LabVariables.StorageIso, "isos")
            .Set(LabVariables.MinFreeGibIso, "2.5")
            .Set(LabVariables.MinFreePctVm, "25");

        var settings = LabSettingsReader.Read(env.Lookup);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Failures, Is.Empty);
            Assert.That(settings.Bridge, Is.EqualTo("vmbr1"));
            Assert.That(settings.StorageIso, Is.EqualTo("isos"));
            Assert.That(settings.MinFreeGibIso, Is.EqualTo(2.5));
            Assert.That(settings.MinFreePctVm, Is.EqualTo(25));
        });
    }

    [Test]
    public void Thresholds_that_are_not_numbers_are_reasons_naming_variable_and_value()
    {
        var env = Env.Complete().Set(LabVariables.MinFreeGibIso, "lots").Set(LabVariables.MinFreePctVm, "150");

        var settings = LabSettingsReader.Read(env.Lookup);

        Assert.That(settings.Failures, Is.EqualTo(new[]
        {
            "L0_MIN_FREE_GIB_ISO='lots' is not a number of GiB; set a number of 0 or more, e.g. L0_MIN_FREE_GIB_ISO=4.",
            "L0_MIN_FREE_PCT_VM='150' is not a percentage; set a number from 0 to 100, e.g. L0_MIN_FREE_PCT_VM=10.",
        }));
        Assert.That(settings.MinFreeGibIso, Is.Null);
        Assert.That(settings.MinFreePctVm, Is.Null);
    }

    [Test]
    public void An_invalid_access_host_is_a_reason_with_the_fix_and_blocks_the_api()
    {
        var settings = LabSettingsReader.Read(Env.Complete().Set(LabVariables.AccessHost, "http://pve.lan").Lookup);

        Assert.That(settings.Failures, Has.Count.EqualTo(1));
        Assert.That(settings.Failures[0], Does.StartWith("PVE_ACCESS_HOST 'http://pve.lan' uses http://"));
        Assert.That(settings.Failures[0], Does.Contain("PVE_ACCESS_HOST=pve.lan:8006"));
        Assert.That(settings.CanReachApi, Is.False);
    }

    [Test]
    public void A_token_id_that_is_not_a_token_is_a_reason()
    {
        var settings = LabSettingsReader.Read(Env.Complete().Set(LabVariables.TokenId, "root@pam").Lookup);

        Assert.That(settings.Failures, Is.EqualTo(new[]
        {
            "PM_TOKEN_ID 'root@pam' is not a full token id; use user@realm!tokenname, e.g. PM_TOKEN_ID=homelab@pve!homelab.",
        }));
        Assert.That(settings.CanReachApi, Is.False);
    }

    [Test]
    public void Insecure_tls_is_a_warning_not_a_failure()
    {
        var settings = LabSettingsReader.Read(Env.Complete().Set(LabVariables.TlsInsecure, "1").Lookup);

        Assert.That(settings.Failures, Is.Empty);
        Assert.That(settings.Warnings, Is.EqualTo(new[] { LabSettingsReader.InsecureWarning }));
        Assert.That(settings.Warnings[0], Does.StartWith("TLS verification is OFF (PVE_TLS_INSECURE=1)"));
        Assert.That(settings.Tls!.Mode, Is.EqualTo(ProxmoxTlsMode.Insecure));
    }

    [Test]
    public void A_pinned_fingerprint_is_passed_to_the_client_options()
    {
        var fingerprint = string.Join(':', Enumerable.Repeat("AB", 32));
        var settings = LabSettingsReader.Read(Env.Complete().Set(LabVariables.TlsFingerprint, fingerprint).Lookup);

        var options = settings.ToClientOptions();

        Assert.Multiple(() =>
        {
            Assert.That(settings.Failures, Is.Empty);
            Assert.That(options.Tls.Mode, Is.EqualTo(ProxmoxTlsMode.Fingerprint));
            Assert.That(options.TokenId, Is.EqualTo("homelab@pve!homelab"));
            Assert.That(options.TokenSecret, Is.EqualTo(Env.Secret));
            Assert.That(options.SettingNames, Is.EqualTo(LabVariables.ProxmoxNames), "the client's messages name the variables");
        });
    }

    [Test]
    public void Bad_tls_settings_are_reasons_alongside_the_other_problems()
    {
        var env = Env.Complete()
            .Set(LabVariables.AccessHost, "pve lan")
            .Set(LabVariables.TlsFingerprint, "not-a-fingerprint")
            .Unset(LabVariables.Node);

        var settings = LabSettingsReader.Read(env.Lookup);

        Assert.That(settings.Failures, Has.Count.EqualTo(3));
        Assert.That(settings.Failures[0], Is.EqualTo("Missing required environment variable: PVE_NODE. Set it in Doppler or your shell."));
        Assert.That(settings.Failures[1], Does.StartWith("PVE_ACCESS_HOST 'pve lan' contains a space"));
        Assert.That(settings.Failures[2], Does.StartWith("PVE_TLS_FINGERPRINT is not a SHA-256 fingerprint"));
    }

    [Test]
    public void A_ca_file_that_does_not_exist_is_a_reason()
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("pve-root-ca.pem");

        var settings = LabSettingsReader.Read(Env.Complete().Set(LabVariables.CaCert, missing).Lookup);

        Assert.That(settings.Failures, Has.Count.EqualTo(1));
        Assert.That(settings.Failures[0], Does.StartWith($"PVE_CA_CERT points to {missing}, which does not exist"));
    }
}
