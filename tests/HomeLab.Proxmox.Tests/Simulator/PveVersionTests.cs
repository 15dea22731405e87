using System.Net;
using System.Text.Json.Nodes;
using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>The simulator answers as the Proxmox VE release it is given, for the features HomeLab uses.</summary>
public class PveVersionTests
{
    private const long MiB = 1L << 20;

    private ProxmoxSimulator? _simulator;
    private ProxmoxClient? _client;

    [TearDown]
    public async Task Stop()
    {
        _client?.Dispose();
        _client = null;
        if (_simulator is not null)
        {
            await _simulator!.DisposeAsync();
            _simulator = null;
        }
    }

    [TestCase("8.2.7", "content", "value 'import' does not have a value in the enumeration 'iso, vztmpl'")]
    [TestCase("8.3.0", "filename", "invalid filename or wrong extension")]
    public async Task Downloading_a_disk_image_into_import_needs_8_4(string version, string parameter, string error)
    {
        await StartAsync(version, importOnLocal: true);

        var refused = Assert.ThrowsAsync<ProxmoxException>(() => _client!.DownloadUrlAsync("pve", "local", Download("noble.qcow2")));

        Assert.That(refused!.StatusCode, Is.EqualTo(400));
        Assert.That(refused.Message, Does.Contain($"{parameter}: {error}"));
    }

    [TestCase("8.4.0")]
    [TestCase("9.2.11")]
    public async Task From_8_4_a_disk_image_downloads_into_import(string version)
    {
        await StartAsync(version, importOnLocal: true);

        var status = await WaitAsync(await _client!.DownloadUrlAsync("pve", "local", Download("noble.qcow2")));

        Assert.That(status.Succeeded, Is.True, status.ExitStatus);
        Assert.That(_simulator!.State.Node("pve").Storage("local").FindVolume("local:import/noble.qcow2"), Is.Not.Null);
    }

    [Test]
    public async Task On_8_3_an_ova_downloads_into_import()
    {
        await StartAsync("8.3.0", importOnLocal: true);

        var status = await WaitAsync(await _client!.DownloadUrlAsync("pve", "local", Download("appliance.ova")));

        Assert.That(status.Succeeded, Is.True, status.ExitStatus);
    }

    [TestCase("8.2.7", "appliance.ova", "content: value 'import' does not have a value in the enumeration 'iso, vztmpl'")]
    [TestCase("8.3.0", "noble.qcow2", "filename: invalid filename or wrong extension")]
    [TestCase("8.3.0", "appliance.ova", null)]
    [TestCase("8.4.0", "noble.qcow2", null)]
    public async Task Uploads_into_import_follow_the_release_as_downloads_do(string version, string fileName, string? error)
    {
        await StartAsync(version, importOnLocal: true);
        var file = Path.Combine(Path.GetTempPath(), $"homelab-upload-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(file, new byte[4096]);
        try
        {
            var upload = () => _client!.UploadAsync("pve", "local", new UploadRequest { Content = "import", FilePath = file, FileName = fileName });

            if (error is null)
            {
                Assert.That((await WaitAsync(await upload())).Succeeded, Is.True);
            }
            else
            {
                var refused = Assert.ThrowsAsync<ProxmoxException>(() => upload());
                Assert.That((refused!.StatusCode, refused.Message), Is.EqualTo((400, $"POST /nodes/pve/storage/local/upload failed with 400: Parameter verification failed ({error}).")));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("8.2.7", false)]
    [TestCase("8.3.0", true)]
    [TestCase("9.2.11", true)]
    public async Task Import_from_an_import_volume_needs_8_3(string version, bool accepted)
    {
        await StartAsync(version, importOnLocal: true);
        _simulator!.State.Node("pve").Storage("local").AddVolume(SimVolume.Import("local", "noble.qcow2", 512 * MiB));

        var create = () => _client!.CreateVmAsync("pve", Vm(description: null));

        if (accepted)
        {
            Assert.That((await WaitAsync(await create())).Succeeded, Is.True);
        }
        else
        {
            var refused = Assert.ThrowsAsync<ProxmoxException>(() => create());
            Assert.That(refused!.Message, Does.Contain("scsi0: local:import/noble.qcow2 has wrong type 'import' - needs to be 'images'"));
        }
    }

    [TestCase("8.2.7", false)]
    [TestCase("8.3.2", false)]
    [TestCase("8.3.3", true)]
    [TestCase("9.2.11", true)]
    public async Task Error_bodies_carry_a_message_from_8_3_3(string version, bool hasMessage)
    {
        await StartAsync(version, importOnLocal: false);
        using var raw = new RawHttp(_simulator!);

        using var response = await raw.GetAsync("/nodes/pve/storage/nas/content");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.ReasonPhrase, Is.EqualTo("storage 'nas' does not exist"));
        Assert.That(body.ContainsKey("message"), Is.EqualTo(hasMessage));
        Assert.That(body.ContainsKey("data"), Is.True);
    }

    [TestCase("8.2.7", false)]
    [TestCase("9.2.11", true)]
    public async Task An_injected_error_is_written_as_the_release_writes_errors(string version, bool hasMessage)
    {
        await StartAsync(version, importOnLocal: false);
        _simulator!.Faults.FailNext("/nodes", 500, message: "cluster not ready - no quorum?");
        using var raw = new RawHttp(_simulator!);

        using var response = await raw.GetAsync("/nodes");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.That(response.ReasonPhrase, Is.EqualTo("cluster not ready - no quorum?"));
        Assert.That(body.ContainsKey("message"), Is.EqualTo(hasMessage));
    }

    /// <summary>Without "message" the client reads the reason phrase: its errors say the same on every release.</summary>
    [Test]
    public async Task The_clients_errors_read_the_same_without_the_message_field()
    {
        var older = await ErrorsOnAsync("8.2.7");
        var newer = await ErrorsOnAsync("9.2.11");

        Assert.That(older, Is.EqualTo(newer));
        Assert.That(older, Has.Some.Contains("storage 'nas' does not exist"));
        Assert.That(older, Has.Some.Contains("Parameter verification failed (vmid: value must have a minimum value of 100)"));
        Assert.That(older, Has.Some.EqualTo("The token lacks VM.Allocate on /vms/9000."));
    }

    [TestCase("8.3.3", true)]
    [TestCase("8.4.0", false)]
    [TestCase("9.2.11", false)]
    public async Task A_request_body_over_64_KiB_is_too_large_before_8_4(string version, bool tooLarge)
    {
        await StartAsync(version, importOnLocal: false);

        var create = () => _client!.CreateVmAsync("pve", Vm(description: new string('d', 100 * 1024)) with { Settings = new Dictionary<string, string>() });

        if (tooLarge)
        {
            var refused = Assert.ThrowsAsync<ProxmoxException>(() => create());
            Assert.That(refused!.Message, Is.EqualTo(
                "POST /nodes/pve/qemu failed with 501 (for data too large): the request is larger than this Proxmox VE reads (64 KiB before 8.4, 512 KiB since)."));
        }
        else
        {
            Assert.That((await WaitAsync(await create())).Succeeded, Is.True);
        }
    }

    [Test]
    public async Task A_body_over_512_KiB_is_too_large_on_every_release()
    {
        await StartAsync("9.2.11", importOnLocal: false);

        var refused = Assert.ThrowsAsync<ProxmoxException>(() =>
            _client!.CreateVmAsync("pve", Vm(description: new string('d', 600 * 1024)) with { Settings = new Dictionary<string, string>() }));

        Assert.That(refused!.StatusCode, Is.EqualTo(501));
        Assert.That(_simulator!.State.Node("pve").FindVm(9000), Is.Null);
    }

    [Test]
    public async Task The_version_answers_as_given()
    {
        await StartAsync("8.3.0", importOnLocal: false);

        var version = await _client!.GetVersionAsync();

        Assert.That((version.Version, version.Release), Is.EqualTo(("8.3.0", "8.3")));
        Assert.That(version.IsAtLeast(8, 3), Is.True);
        Assert.That(version.IsAtLeast(8, 4), Is.False);
    }

    private async Task<string[]> ErrorsOnAsync(string version)
    {
        await StartAsync(version, importOnLocal: false);
        _simulator!.State.DefaultToken.Revoke("/vms", "VM.Allocate");
        using var raw = new RawHttp(_simulator!);
        var errors = new[]
        {
            Assert.ThrowsAsync<ProxmoxNotFoundException>(() => _client!.ListStorageContentAsync("pve", "nas"))!.Message,
            Assert.ThrowsAsync<ProxmoxException>(() => _client!.IsVmIdFreeAsync(0))!.Message,
            Assert.ThrowsAsync<ProxmoxPermissionException>(() => _client!.CreateVmAsync("pve", Vm(null)))!.Message,
        };
        await Stop();
        return errors;
    }

    private async Task StartAsync(string version, bool importOnLocal)
    {
        var state = SimulatorState.CreateDefault(SimVersion.Of(version));
        state.OfflineDownloads = true;
        if (importOnLocal && state.Version.Features.ImportContent)
        {
            state.ApplyStorageContent(new StorageContentSetting("local", ["iso", "vztmpl", "backup", "import"]));
        }

        _simulator = await ProxmoxSimulator.StartAsync(state);
        _client = TestClients.Create(_simulator);
    }

    private Task<PveTaskStatus> WaitAsync(Upid upid) =>
        _client!.WaitForTaskAsync(upid, pollInterval: TimeSpan.FromMilliseconds(20), timeout: TimeSpan.FromSeconds(30));

    private static DownloadUrlRequest Download(string fileName) => new()
    {
        Url = new Uri("https://cloud-images.example/" + fileName),
        Content = "import",
        FileName = fileName,
    };

    private static VmCreateRequest Vm(string? description) => new()
    {
        VmId = 9000,
        Name = "ubuntu",
        MemoryMiB = 2048,
        Description = description,
        Settings = new Dictionary<string, string> { ["scsi0"] = VmDrive.Import("local-lvm", "local:import/noble.qcow2") },
    };
}
