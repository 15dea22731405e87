using System.IO.Compression;
using System.Security.Cryptography;
using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;
using HomeLab.Testing;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>download-url: the simulator's task really fetches from a loopback HTTP server.</summary>
public class DownloadUrlTests : SimulatorTest
{
    private const string VolId = "local:import/noble.qcow2";

    private LoopbackFileServer _mirror = null!;
    private byte[] _image = null!;
    private Uri _imageUrl = null!;

    [SetUp]
    public async Task StartMirror()
    {
        // A node prepared for cloud images, as docs/operations.md asks: a fresh install's local has no 'import'.
        Pve.Storage("local").AllowContent("import");
        _mirror = await LoopbackFileServer.StartAsync();
        _image = RandomNumberGenerator.GetBytes(3 << 20);
        _imageUrl = _mirror.Add("noble/noble-server-cloudimg-amd64.img", _image);
    }

    [TearDown]
    public async Task StopMirror() => await _mirror.DisposeAsync();

    [Test]
    public async Task The_image_is_fetched_verified_and_listed_as_an_import_volume()
    {
        var upid = await Client.DownloadUrlAsync("pve", "local", Request(TestFiles.Sha256(_image)));
        var status = await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id, status.ExitStatus), Is.EqualTo(("download", "noble.qcow2", "OK")));
        var volume = (await Client.ListStorageContentAsync("pve", "local", "import")).Single();
        Assert.That((volume.VolId, volume.Size, volume.Format), Is.EqualTo((VolId, (long)_image.Length, "qcow2")));
        Assert.That(Pve.Storage("local").Sha256(VolId), Is.EqualTo(TestFiles.Sha256(_image)), "the simulator stored the served bytes");
        Assert.That(_mirror.Hits("noble/noble-server-cloudimg-amd64.img"), Is.EqualTo(1));
        var log = (await Client.GetTaskLogAsync(upid, limit: 0)).Lines.Select(l => l.Text).ToList();
        Assert.That(log[0], Is.EqualTo($"downloading {_imageUrl} to /var/lib/vz/import/noble.qcow2"));
        Assert.That(log, Does.Contain("calculating checksum...OK, checksum verified"));
        Assert.That(log[^2], Is.EqualTo($"download of '{_imageUrl}' to '/var/lib/vz/import/noble.qcow2' finished"));
    }

    [Test]
    public async Task A_checksum_mismatch_fails_the_task_and_keeps_nothing()
    {
        var wrong = new string('0', 64);

        var upid = await Client.DownloadUrlAsync("pve", "local", Request(wrong));
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo($"checksum mismatch: got '{TestFiles.Sha256(_image)}' != expect '{wrong}'"));
        Assert.That(error.LogTail[^1], Is.EqualTo("TASK ERROR: " + error.ExitStatus));
        Assert.That(await Client.ListStorageContentAsync("pve", "local", "import"), Is.Empty);
        Assert.That(Directory.EnumerateFiles(State.FilesDirectory, "*", SearchOption.AllDirectories), Is.Empty, "the partial download is removed");
    }

    [Test]
    public async Task An_existing_file_with_the_same_checksum_is_kept_without_downloading_again()
    {
        await WaitAsync(await Client.DownloadUrlAsync("pve", "local", Request(TestFiles.Sha256(_image))));

        var upid = await Client.DownloadUrlAsync("pve", "local", Request(TestFiles.Sha256(_image).ToUpperInvariant()));
        var status = await WaitAsync(upid);

        Assert.That(status.ExitStatus, Is.EqualTo("OK"));
        Assert.That(_mirror.Hits("noble/noble-server-cloudimg-amd64.img"), Is.EqualTo(1));
        var log = await Client.GetTaskLogAsync(upid);
        Assert.That(log.Lines.Select(l => l.Text), Does.Contain("calculating checksum of existing file...OK, got correct file already, no need to download"));
    }

    [Test]
    public async Task An_existing_file_with_another_checksum_is_not_replaced()
    {
        await WaitAsync(await Client.DownloadUrlAsync("pve", "local", Request(TestFiles.Sha256(_image))));
        var newer = RandomNumberGenerator.GetBytes(1024);
        _mirror.Add("noble/noble-server-cloudimg-amd64.img", newer);

        var upid = await Client.DownloadUrlAsync("pve", "local", Request(TestFiles.Sha256(newer)));
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo($"checksum mismatch: got '{TestFiles.Sha256(_image)}' != expect '{TestFiles.Sha256(newer)}', aborting"));
        Assert.That(Pve.Storage("local").Sha256(VolId), Is.EqualTo(TestFiles.Sha256(_image)));
    }

    [Test]
    public async Task Without_a_checksum_an_existing_file_is_never_overridden()
    {
        await WaitAsync(await Client.DownloadUrlAsync("pve", "local", Request(checksum: null)));

        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(async () => await WaitAsync(await Client.DownloadUrlAsync("pve", "local", Request(checksum: null))));

        Assert.That(error!.ExitStatus, Is.EqualTo("refusing to override existing file '/var/lib/vz/import/noble.qcow2'"));
        Assert.That(_mirror.Hits("noble/noble-server-cloudimg-amd64.img"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_missing_file_on_the_mirror_fails_the_task()
    {
        var request = Request(checksum: null) with { Url = new Uri(_mirror.BaseUrl, "noble/nope.img") };

        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(async () => await WaitAsync(await Client.DownloadUrlAsync("pve", "local", request)));

        Assert.That(error!.ExitStatus, Is.EqualTo("download failed: the server answered 404 Not Found"));
        Assert.That(error.LogTail, Does.Contain("ERROR 404: Not Found."));
    }

    [Test]
    public async Task A_gzip_compressed_iso_is_stored_decompressed()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(_image);
        }

        var url = _mirror.Add("arch.iso.gz", packed.ToArray());
        var request = new DownloadUrlRequest { Url = url, Content = "iso", FileName = "arch.iso", Compression = "gz" };

        await WaitAsync(await Client.DownloadUrlAsync("pve", "local", request));

        Assert.That(Pve.Storage("local").Sha256("local:iso/arch.iso"), Is.EqualTo(TestFiles.Sha256(_image)));
    }

    [Test]
    public async Task Offline_the_download_is_accepted_without_fetching_and_says_so()
    {
        State.OfflineDownloads = true;
        var unreachable = new Uri("http://127.0.0.1:9/noble.img");
        var request = Request(TestFiles.Sha256(_image)) with { Url = unreachable };

        var upid = await Client.DownloadUrlAsync("pve", "local", request);
        await WaitAsync(upid);
        var again = await WaitAsync(await Client.DownloadUrlAsync("pve", "local", request));

        var log = (await Client.GetTaskLogAsync(upid)).Lines.Select(l => l.Text);
        Assert.That(log, Does.Contain($"simulator: offline, download of {unreachable} accepted without fetching"));
        var volume = (await Client.ListStorageContentAsync("pve", "local", "import")).Single();
        Assert.That(volume.VolId, Is.EqualTo(VolId));
        Assert.That(volume.Size, Is.GreaterThan(0).And.LessThan(1024), "a small placeholder");
        Assert.That(again.ExitStatus, Is.EqualTo("OK"), "the same checksum again finds the file already there");
    }

    [Test]
    public void A_file_name_with_the_wrong_extension_is_a_400()
    {
        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.DownloadUrlAsync("pve", "local", Request(null) with { FileName = "noble.img" }));

        Assert.That(error!.StatusCode, Is.EqualTo(400));
        Assert.That(error.Message, Does.Contain("filename: invalid filename or wrong extension"));
    }

    [Test]
    public void A_block_storage_cannot_take_downloads()
    {
        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.DownloadUrlAsync("pve", "local-lvm", Request(null)));

        Assert.That(error!.Message, Does.EndWith("failed with 500: can't upload to storage type 'lvmthin', not a file based storage!"));
    }

    [Test]
    public void A_storage_without_the_content_type_refuses_the_download()
    {
        Pve.Storage("local").DisallowContent("import");

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.DownloadUrlAsync("pve", "local", Request(null)));

        Assert.That(error!.Message, Does.Contain("storage 'local' is not configured for content-type 'import'"));
    }

    [Test]
    public async Task Downloading_needs_network_access_on_the_node_or_sys_modify_on_root()
    {
        State.DefaultToken.Revoke("/", "Sys.Modify").Revoke("/nodes/pve", "Sys.AccessNetwork");

        var denied = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.DownloadUrlAsync("pve", "local", Request(null)));
        State.DefaultToken.Grant("/nodes/pve", "Sys.AccessNetwork");
        var status = await WaitAsync(await Client.DownloadUrlAsync("pve", "local", Request(null)));

        Assert.That((denied!.Path, denied.Privilege), Is.EqualTo(("/nodes/pve", "Sys.AccessNetwork")));
        Assert.That(status.Succeeded, Is.True);
    }

    private DownloadUrlRequest Request(string? checksum) => new()
    {
        Url = _imageUrl,
        Content = "import",
        FileName = "noble.qcow2",
        Checksum = checksum,
    };
}
