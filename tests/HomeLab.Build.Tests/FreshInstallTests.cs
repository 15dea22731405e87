using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// A cloud-image lab against a freshly installed Proxmox VE, whose <c>local</c> storage does not allow <c>import</c>:
/// L0 says so before anything runs, and L1 run on its own (<c>--exclusive</c>) gives the same reason before it starts.
/// </summary>
public class FreshInstallTests
{
    private const string Reason =
        "Storage 'local' does not allow content 'import', which the cloud-image template of ubuntu needs (it allows: backup, iso, vztmpl). " +
        "Add 'import' under Datacenter → Storage → local → Edit → Content, or set PVE_STORAGE_ISO to a storage that allows it.";

    [Test]
    public async Task L0_and_L1_alone_name_the_missing_import_content_and_the_fix()
    {
        await using var lab = await LabEnvironment.StartAsync();
        lab.Simulator.State.ApplyStorageContent(LabEnvironment.FreshLocal);
        lab.Simulator.State.OfflineDownloads = true;
        SampleLab.WriteCloudImageLab(lab.Work.Path);

        var runway = await lab.Host().RunAsync("--target=L0", "--skip-tools");
        var exclusive = await lab.Host().RunAsync("--target=BuildTemplates", "--exclusive");

        OutputAssertions.FailedWithOneErrorLine(runway, "L0 Runway failed (1 reason above)");
        Assert.That(OutputAssertions.Flatten(runway.StandardOutput), Does.Contain(Reason));
        Assert.That(exclusive.ExitCode, Is.Not.Zero, exclusive.ToString());
        Assert.That(OutputAssertions.Flatten(exclusive.StandardOutput + exclusive.StandardError), Does.Contain(Reason));
        Assert.That(lab.Simulator.State.Tasks, Is.Empty, "nothing was started");
        Assert.That(SampleLab.Artifacts(lab.Work.Path, "ubuntu"), Is.Empty);
    }
}
