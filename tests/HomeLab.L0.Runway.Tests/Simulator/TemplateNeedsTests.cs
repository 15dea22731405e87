using System.Runtime.Versioning;
using HomeLab.Configuration;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Proxmox;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.L0.Runway.Tests.Simulator;

/// <summary>
/// L0 checks what the selected templates need of the node, against the Proxmox VE releases HomeLab meets. The needs
/// are the ones L1's TemplateNeeds gives for a cloud image of ubuntu and an ISO of arch on the default storages.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class TemplateNeedsTests : SimulatorTestBase
{
    private const string CloudImage = "the cloud-image template of ubuntu";
    private const string Iso = "the iso template of arch";

    private const string ImportMissing =
        "Storage 'local' does not allow content 'import', which the cloud-image template of ubuntu needs (it allows: backup, iso, vztmpl). " +
        "Add 'import' under Datacenter → Storage → local → Edit → Content, or set PVE_STORAGE_ISO to a storage that allows it.";

    private static readonly PveNeeds CloudImageNeeds = new(
        [new PveContentNeed("local", "import", CloudImage, LabVariables.StorageIso), new PveContentNeed("local-lvm", "images", CloudImage, LabVariables.StorageVm)],
        [new PveFeatureNeed(PveFeature.DownloadDiskImage, CloudImage)]);

    private static readonly PveNeeds IsoNeeds = new([new PveContentNeed("local", "iso", Iso, LabVariables.StorageIso)], []);

    private static string TooOld(string version) =>
        "The cloud-image template of ubuntu needs download-url of a .qcow2/.raw/.vmdk image into 'import' content, which came with " +
        $"Proxmox VE 8.4; this node runs {version}. Upgrade Proxmox VE to 8.4 or later.";

    [TestCase("8.2.7")]
    [TestCase("8.3.0")]
    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task A_cloud_image_on_a_fresh_install_fails_with_every_reason(string version)
    {
        Lab.State.Version = SimVersion.Of(version);

        var result = await RunAsync(CloudImageNeeds);

        var tooOld = !SimVersion.Of(version).IsAtLeast(8, 4);
        Assert.That(result.Failures, Is.EqualTo(tooOld ? new[] { TooOld(version), ImportMissing } : new[] { ImportMissing }));
        Assert.That(Check(result, CheckNames.TemplateNeeds).Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(Check(result, CheckNames.Api).Status, Is.EqualTo(CheckStatus.Ok), "the API itself is fine on 8.x");
    }

    [TestCase("8.2.7")]
    [TestCase("8.3.0")]
    public async Task Before_8_4_a_cloud_image_fails_on_the_release_even_with_import_allowed(string version)
    {
        Lab.State.Version = SimVersion.Of(version);
        Lab.State.ApplyStorageContent(new StorageContentSetting("local", ["iso", "vztmpl", "backup", "import"]));

        var result = await RunAsync(CloudImageNeeds);

        Assert.That(result.Failures, Is.EqualTo(new[] { TooOld(version) }));
    }

    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task From_8_4_a_node_prepared_as_the_docs_say_is_ok(string version)
    {
        Lab.State.Version = SimVersion.Of(version);
        Lab.State.ApplyStorageContent(new StorageContentSetting("local", ["iso", "vztmpl", "backup", "import"]));

        var result = await RunAsync(CloudImageNeeds);

        Assert.That(result.Failures, Is.Empty);
        Assert.That(Check(result, CheckNames.TemplateNeeds).Detail, Is.EqualTo(
            $"the selected templates' storages: 'local' allows import; 'local-lvm' allows images; Proxmox VE {version} has " +
            "download-url of a .qcow2/.raw/.vmdk image into 'import' content (8.4+)"));
    }

    [TestCase("8.2.7")]
    [TestCase("8.3.0")]
    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task An_iso_template_works_on_a_fresh_install_of_every_release(string version)
    {
        Lab.State.Version = SimVersion.Of(version);

        var result = await RunAsync(IsoNeeds);

        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
    }

    [Test]
    public async Task What_storage_consistency_already_says_is_not_said_twice()
    {
        Lab.Node.Storage("local").DisallowContent("iso");
        Lab.Node.Storage("local-lvm").DisallowContent("images");

        var result = await RunAsync(new PveNeeds([.. IsoNeeds.Content, .. CloudImageNeeds.Content], []));

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ISO storage 'local' does not allow content 'iso' (it allows: backup, vztmpl); add 'iso' to its content or set PVE_STORAGE_ISO to another storage.",
            "VM storage 'local-lvm' does not allow content 'images' (it allows: rootdir); add 'images' to its content or set PVE_STORAGE_VM to another storage.",
            "Storage 'local' does not allow content 'import', which the cloud-image template of ubuntu needs (it allows: backup, vztmpl). " +
            "Add 'import' under Datacenter → Storage → local → Edit → Content, or set PVE_STORAGE_ISO to a storage that allows it.",
        }));
    }

    [Test]
    public async Task A_template_storage_that_does_not_exist_is_named()
    {
        var needs = new PveNeeds([new PveContentNeed("fast", "images", CloudImage, "\"storage\" in infra/os/ubuntu/template.json")], []);

        var result = await RunAsync(needs);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "Storage 'fast' (\"storage\" in infra/os/ubuntu/template.json) does not exist on node 'pve' (or the token may not see it); " +
            "the cloud-image template of ubuntu needs it.",
        }));
    }

    [Test]
    public async Task Without_the_storage_list_the_release_is_still_checked()
    {
        Lab.State.Version = SimVersion.Of("8.3.0");
        Lab.Pve.Faults.FailNext("/nodes/pve/storage", 500, count: HomeLab.Proxmox.Simulator.Faults.FaultInjector.Forever, message: "storage listing broke");

        var result = await RunAsync(CloudImageNeeds);

        var check = Check(result, CheckNames.TemplateNeeds);
        Assert.That(check.Failures, Is.EqualTo(new[] { TooOld("8.3.0") }));
        Assert.That(check.Detail, Does.EndWith("(the storages were not checked: the storage list is unavailable (see Storage consistency))"));
    }

    [Test]
    public async Task Without_needs_from_the_host_the_check_is_not_run()
    {
        var result = await Lab.RunAsync(Lab.Options with { SkipTools = true });

        Assert.That(result.Checks.Select(c => c.Name), Has.None.EqualTo(CheckNames.TemplateNeeds));
    }

    /// <summary>
    /// pveproxy answers a rejected login after 3 s. L0 asks everything at once and never retries a 401, so a bad token
    /// costs one delay: each resource is asked once, and all the refusals were pending at the same time.
    /// </summary>
    [Test]
    public async Task A_bad_token_costs_one_login_delay_not_one_per_retry()
    {
        Lab.State.AuthFailureDelay = SimulatorState.PveproxyAuthFailureDelay;
        Lab.Env.Set(LabVariables.TokenSecret, "00000000-0000-0000-0000-000000000000");

        var result = await RunAsync(CloudImageNeeds);

        var refused = Lab.Pve.Requests.All;
        Assert.That(result.Failures, Is.EqualTo(new[] { "The API token was rejected (401): check PM_TOKEN_ID and PM_TOKEN_SECRET." }));
        Assert.That(refused, Is.Not.Empty);
        Assert.That(refused.Select(r => r.StatusCode), Is.All.EqualTo(401));
        Assert.That(refused.GroupBy(r => r.Path).Select(g => g.Count()), Is.All.EqualTo(1), "no request was retried");
        Assert.That(refused.Select(r => r.Answered - r.Received), Is.All.GreaterThanOrEqualTo(SimulatorState.PveproxyAuthFailureDelay - TimeSpan.FromMilliseconds(50)));
        Assert.That(refused.Max(r => r.Received), Is.LessThan(refused.Min(r => r.Answered)), "the refusals overlapped: one delay in all");
    }

    private Task<RunwayResult> RunAsync(PveNeeds needs) => Lab.RunAsync(Lab.Options with { SkipTools = true, Needs = needs });
}
