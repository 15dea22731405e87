using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>Uploads stream a file from disk to the simulator, which spools it to disk and checks it in the imgcopy task.</summary>
public class UploadTests : SimulatorTest
{
    private const long MiB = 1L << 20;

    private TestFiles _files = null!;

    [SetUp]
    public void CreateFiles() => _files = new TestFiles();

    [TearDown]
    public void DeleteFiles() => _files.Dispose();

    [Test]
    public async Task A_64_MiB_iso_arrives_intact_with_progress_to_the_end_and_without_buffering()
    {
        var size = 64 * MiB;
        var path = _files.Random("archlinux-2026.08.01-x86_64.iso", size);
        var sha256 = TestFiles.Sha256(path);
        var reports = new List<UploadProgress>();
        long? liveAtHalf = null;
        var progress = new InlineProgress<UploadProgress>(report =>
        {
            reports.Add(report);
            if (liveAtHalf is null && report.BytesSent >= report.TotalBytes / 2)
            {
                liveAtHalf = GC.GetTotalMemory(forceFullCollection: true);
            }
        });
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);

        var upid = await Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path, Sha256 = sha256 }, progress);
        var status = await WaitAsync(upid);

        Assert.That((upid.Type, upid.Id, status.ExitStatus), Is.EqualTo(("imgcopy", string.Empty, "OK")));
        var volume = (await Client.ListStorageContentAsync("pve", "local", "iso")).Single();
        Assert.That((volume.VolId, volume.Size), Is.EqualTo(("local:iso/archlinux-2026.08.01-x86_64.iso", size)));
        Assert.That(Pve.Storage("local").Sha256(volume.VolId), Is.EqualTo(sha256), "identical bytes");
        Assert.That(reports[0], Is.EqualTo(new UploadProgress(0, size)));
        Assert.That(reports[^1], Is.EqualTo(new UploadProgress(size, size)));
        Assert.That(reports.Select(r => r.BytesSent), Is.Ordered);
        Assert.That(liveAtHalf - liveBefore, Is.LessThan(16 * MiB),
            "halfway through, the client and the in-process simulator together hold far less than the file");
    }

    [Test]
    public async Task The_task_log_reports_the_checksum_and_the_copy()
    {
        var path = _files.Random("small.iso", 4096);

        var upid = await Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path, Sha256 = TestFiles.Sha256(path).ToUpperInvariant() });
        await WaitAsync(upid);

        var log = (await Client.GetTaskLogAsync(upid)).Lines.Select(l => l.Text).ToList();
        Assert.That(log[0], Does.Match("^starting file import from: /var/tmp/pveupload-[0-9a-f]{32}$"));
        Assert.That(log.Skip(1), Is.EqualTo(new[]
        {
            "calculating checksum...OK, checksum verified",
            "target node: pve",
            "target file: /var/lib/vz/template/iso/small.iso",
            "file size is: 4096",
            $"command: cp -- {log[0]["starting file import from: ".Length..]} /var/lib/vz/template/iso/small.iso",
            "finished file import successfully",
            "TASK OK",
        }));
    }

    [Test]
    public async Task A_wrong_checksum_fails_the_task_and_stores_nothing()
    {
        var path = _files.Random("small.iso", 4096);
        var wrong = new string('a', 64);

        var upid = await Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path, Sha256 = wrong });
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(() => WaitAsync(upid));

        Assert.That(error!.ExitStatus, Is.EqualTo($"checksum mismatch: got '{TestFiles.Sha256(path)}' != expect '{wrong}'"));
        Assert.That(error.Message, Is.EqualTo($"The Proxmox task imgcopy on pve failed: {error.ExitStatus}."));
        Assert.That(await Client.ListStorageContentAsync("pve", "local", "iso"), Is.Empty);
        Assert.That(Directory.EnumerateFiles(State.FilesDirectory, "*", SearchOption.AllDirectories), Is.Empty, "the temporary file is gone");
    }

    [Test]
    public async Task Without_a_checksum_nothing_is_verified()
    {
        var path = _files.Random("alpine.tar.zst", 1000);

        var upid = await Client.UploadAsync("pve", "local", new UploadRequest { Content = "vztmpl", FilePath = path });
        await WaitAsync(upid);

        var log = (await Client.GetTaskLogAsync(upid)).Lines.Select(l => l.Text);
        Assert.That(log, Has.None.Contains("checksum"));
        var volume = (await Client.ListStorageContentAsync("pve", "local", "vztmpl")).Single();
        Assert.That((volume.VolId, volume.Format), Is.EqualTo(("local:vztmpl/alpine.tar.zst", "tzst")));
    }

    [Test]
    public async Task The_target_name_is_normalised_as_proxmox_does()
    {
        var path = _files.Random("source.bin", 10);
        var request = new UploadRequest { Content = "iso", FilePath = path, FileName = "/home/me/My Arch (1).ISO" };

        await WaitAsync(await Client.UploadAsync("pve", "local", request));

        Assert.That(request.TargetFileName, Is.EqualTo("My_Arch__1_.ISO"));
        Assert.That((await Client.ListStorageContentAsync("pve", "local")).Single().VolId, Is.EqualTo("local:iso/My_Arch__1_.ISO"));
    }

    [Test]
    public void A_name_that_does_not_fit_the_content_is_refused_before_sending()
    {
        var path = _files.Random("notes.txt", 10);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That(error!.Message, Is.EqualTo("Cannot upload notes.txt: ISO uploads need a .iso or .img file name."));
        Assert.That(Simulator.Requests.All, Is.Empty);
    }

    [Test]
    public void A_missing_file_is_refused_before_sending()
    {
        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = "/nonexistent/arch.iso" }));

        Assert.That(error!.Message, Is.EqualTo("The file to upload, /nonexistent/arch.iso, does not exist."));
    }

    [Test]
    public void A_block_storage_refuses_uploads()
    {
        var path = _files.Random("arch.iso", 1000);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.UploadAsync("pve", "local-lvm", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That(error!.Message, Is.EqualTo("POST /nodes/pve/storage/local-lvm/upload failed with 500: can't upload to storage type 'lvmthin'."));
    }

    [Test]
    public void A_storage_without_the_content_type_refuses_uploads()
    {
        Pve.Storage("local").DisallowContent("iso");
        var path = _files.Random("arch.iso", 1000);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That(error!.Message, Does.EndWith("failed with 500: storage 'local' does not support 'iso' content."));
    }

    [Test]
    public void Uploading_needs_datastore_allocate_template()
    {
        State.DefaultToken.Revoke("/storage/local", "Datastore.AllocateTemplate");
        var path = _files.Random("arch.iso", 1000);

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That((error!.Path, error.Privilege), Is.EqualTo(("/storage/local", "Datastore.AllocateTemplate")));
    }

    [Test]
    public void A_refusal_that_arrives_while_a_large_file_is_still_being_sent_is_reported_as_such()
    {
        State.DefaultToken.Revoke("/storage/local", "Datastore.AllocateTemplate");
        var path = _files.Random("big.iso", 40 * MiB);

        var error = Assert.ThrowsAsync<ProxmoxPermissionException>(() => Client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That(error!.Privilege, Is.EqualTo("Datastore.AllocateTemplate"));
    }

    [Test]
    public void A_rejected_token_is_reported_before_the_file_is_sent()
    {
        var path = _files.Random("big.iso", 40 * MiB);
        using var client = TestClients.Create(TestClients.Options(Simulator) with { TokenSecret = "wrong" });

        Assert.ThrowsAsync<ProxmoxAuthenticationException>(() => client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));
    }

    [Test]
    public async Task An_upload_is_not_limited_by_the_per_request_timeout()
    {
        Simulator.Faults.AddLatency("/nodes/pve/storage/local/upload", TimeSpan.FromMilliseconds(500));
        using var client = TestClients.Create(TestClients.Options(Simulator) with { Timeout = TimeSpan.FromMilliseconds(100) });
        var path = _files.Random("arch.iso", 1000);

        var upid = await client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path });

        Assert.That(upid.Type, Is.EqualTo("imgcopy"));
    }

    [Test]
    public void An_upload_slower_than_its_own_timeout_fails_once_with_a_timeout_error()
    {
        Simulator.Faults.AddLatency("/nodes/pve/storage/local/upload", TimeSpan.FromSeconds(5));
        using var client = TestClients.Create(TestClients.Options(Simulator) with { UploadTimeout = TimeSpan.FromMilliseconds(200) });
        var path = _files.Random("arch.iso", 1000);

        var error = Assert.ThrowsAsync<ProxmoxTimeoutException>(() => client.UploadAsync("pve", "local", new UploadRequest { Content = "iso", FilePath = path }));

        Assert.That(error!.Message, Does.Contain("did not answer POST /nodes/pve/storage/local/upload within 200 ms"));
        Assert.That(error.Message, Does.Not.Contain("tried"));
    }
}
