using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HomeLab.L1.Templates.Tests.Support;
using HomeLab.Manifests;
using HomeLab.Secrets;

namespace HomeLab.L1.Templates.Tests.Builders;

/// <summary>
/// The ISO builder end to end: build_command run for real through Cake's process runner, the ISO streamed to the
/// simulated node with its checksum, and the ISO manifest written.
/// </summary>
public class IsoBuilderTests : LabTest
{
    private const string IsoVolume = "local:iso/archlinux.iso";

    private string IsoPath => Temp.Combine("infra", "os", "arch", "out", "archlinux.iso");

    [Test]
    public async Task A_300_MiB_iso_is_streamed_with_bounded_memory_and_arrives_byte_for_byte()
    {
        const long size = 300L * 1024 * 1024;
        WriteTemplate("arch", """{ "kind": "iso", "description": "Arch Linux with cloud-init", "iso_path": "out/archlinux.iso" }""");
        WriteRandomFile(IsoPath, size);
        Settings = Settings with { Time = new FixedTime(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)) };

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5);
            }
        });
        TemplateOutcome outcome;
        try
        {
            outcome = await BuildOneAsync("arch");
        }
        finally
        {
            await sampling.CancelAsync();
            await sampler;
        }

        var growth = peak - baseline;
        TestContext.Out.WriteLine($"managed heap growth during the build: {growth / (1024.0 * 1024):0.0} MiB");
        Assert.That(growth, Is.LessThan(32L * 1024 * 1024), "the upload is streamed, not buffered");

        var local = Pve.Storage("local");
        Assert.That(local.FindVolume(IsoVolume)!.Size, Is.EqualTo(size));
        Assert.That(SameBytes(local.FilePath(IsoVolume), IsoPath), Is.True, "the simulator received identical bytes");
        Assert.That(Simulator.State.Tasks.Single(t => t.Type == "imgcopy").Log, Has.Some.Contains("checksum verified"), "the checksum was sent along");

        Assert.That(outcome.Built, Is.True);
        Assert.That(outcome.Message, Is.EqualTo("built archlinux.json (ISO archlinux.iso on local)"));
        var artifact = Lab.ReadArtifact("arch", "archlinux.json");
        Assert.That(artifact.Os, Is.EqualTo("arch"));
        Assert.That(artifact.Kind, Is.EqualTo(TemplateKind.Iso));
        Assert.That(artifact.IsoName, Is.EqualTo("archlinux.iso"));
        Assert.That(artifact.BuiltAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(artifact.GitSha, Is.EqualTo(GitSha));
        Assert.That(artifact.ProxmoxNode, Is.EqualTo("pve"));
        Assert.That(artifact.ProxmoxStorage, Is.EqualTo("local"));
        Assert.That(artifact.UploaderHost, Is.EqualTo("builder-01"));
        Assert.That(artifact.PveVersion, Is.EqualTo(Simulator.State.Version.Version));
        Assert.That(artifact.Description, Is.EqualTo("Arch Linux with cloud-init"));
        Assert.That(artifact.Family, Is.EqualTo(ArtifactFamily.Iso));

        var progressLines = Output.Lines.Where(line => line.Contains("upload archlinux.iso to local: ", StringComparison.Ordinal) && line.Contains("% (", StringComparison.Ordinal)).ToList();
        Assert.That(progressLines, Has.Count.InRange(5, 10), "a line every tenth when the console is not interactive");
        Assert.That(progressLines[^1], Does.Contain("100% (300.0 MiB of 300.0 MiB, "));
        Assert.That(Output.Text, Does.Contain("ok upload archlinux.iso to local: 300.0 MiB sent in"));
        File.Delete(IsoPath);
    }

    [Test]
    public async Task The_build_command_runs_for_real_in_the_os_folder_and_its_output_reaches_the_log()
    {
        var osFolder = Temp.Combine("infra", "os", "arch");
        const string command = """mkdir -p out && dd if=/dev/zero of=out/archlinux.iso bs=1024 count=512 2>/dev/null && printf 'built in %s\n' "$(pwd -P)" && echo "quotes \"kept\" and a \\ backslash" && echo 'to stderr' >&2""";
        WriteTemplate("arch", new JsonObject { ["kind"] = "iso", ["iso_path"] = "out/archlinux.iso", ["build_command"] = command }.ToJsonString());

        var outcome = await BuildOneAsync("arch");

        Assert.That(outcome.Built, Is.True);
        Assert.That(Log.Messages, Does.Contain($"built in {new DirectoryInfo(osFolder).ResolveLinkTarget(true)?.FullName ?? osFolder}"));
        Assert.That(Log.Messages, Does.Contain("quotes \"kept\" and a \\ backslash"));
        Assert.That(Log.Messages, Does.Contain("to stderr"));
        Assert.That(Pve.Storage("local").Sha256(IsoVolume), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(new byte[512 * 1024]))));
        Assert.That(Output.Text, Does.Contain("ok build_command finished"));
    }

    [Test]
    public async Task A_failing_build_command_is_one_line_and_nothing_is_uploaded()
    {
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "build_command": "echo building; echo 'mkarchiso: no space left on device' >&2; exit 3" }""");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: build_command exited with code 3 (its last error line: mkarchiso: no space left on device); the full output is in the log above."));
        Assert.That(Log.Messages, Does.Contain("building"));
        Assert.That(Simulator.State.Tasks, Is.Empty, "nothing was uploaded");
        Assert.That(ArtifactFiles("arch"), Is.Empty);
    }

    [Test]
    public async Task A_build_command_failing_without_error_output_quotes_its_last_line()
    {
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "build_command": "echo step 1; echo step 2; echo; exit 4" }""");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: build_command exited with code 4 (its last line: step 2); the full output is in the log above."));
    }

    [Test]
    public async Task Secrets_printed_by_the_build_command_are_masked()
    {
        const string secret = "archiso-signing-key-7f3a9c";
        var redactor = new SecretRedactor();
        redactor.Add(secret);
        Settings = Settings with { Redactor = redactor };
        Environment.Set("ISO_SIGNING_KEY", secret);
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "build_command": "mkdir -p out && : > out/archlinux.iso && echo key=$ISO_SIGNING_KEY && echo key=$ISO_SIGNING_KEY >&2" }""");

        await BuildOneAsync("arch");

        Assert.That(Log.Messages.Count(message => message == "key=[REDACTED]"), Is.EqualTo(2));
        Assert.That(Log.AllText, Does.Not.Contain(secret));
        Assert.That(Output.Text, Does.Not.Contain(secret));
    }

    [Test]
    public async Task A_simulation_does_not_run_the_build_command_and_uploads_a_placeholder()
    {
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso", "build_command": "touch build-command-ran; exit 1" }""");
        Settings = Settings with { Simulation = true };

        var outcome = await BuildOneAsync("arch");

        Assert.That(outcome.Built, Is.True);
        Assert.That(File.Exists(Temp.Combine("infra", "os", "arch", "build-command-ran")), Is.False);
        Assert.That(Output.Text, Does.Contain("! build_command is not run in a simulation: touch build-command-ran; exit 1"));
        var placeholder = Temp.Combine("infra", "os", "arch", ".iso-build", "archlinux.iso");
        Assert.That(Output.Text, Does.Contain("! infra/os/arch/out/archlinux.iso was never built; uploading a 1.0 MiB placeholder (infra/os/arch/.iso-build/archlinux.iso) instead."));
        var bytes = File.ReadAllBytes(placeholder);
        Assert.That(bytes, Has.Length.EqualTo(1024 * 1024));
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 60), Does.StartWith("HomeLab simulation placeholder ISO for arch"));
        Assert.That(Pve.Storage("local").Sha256(IsoVolume), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));

        File.Delete(placeholder);
        await BuildOneAsync("arch");
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(placeholder))), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))),
            "the placeholder is the same on every run");
    }

    [Test]
    public async Task A_missing_iso_without_a_build_command_is_one_line()
    {
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso" }""");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: the ISO infra/os/arch/out/archlinux.iso does not exist: nothing builds it (no build_command); fix iso_path or build_command in infra/os/arch/template.json."));
    }

    [Test]
    public async Task A_file_proxmox_would_not_take_as_an_iso_is_refused_before_the_upload()
    {
        Temp.File("infra/os/arch/out/archlinux.bin", "not an iso");
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.bin" }""");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: the ISO would be stored as 'archlinux.bin', but Proxmox takes only .iso or .img files; set iso_name (or iso_path) in infra/os/arch/template.json."));
        Assert.That(Simulator.State.Tasks, Is.Empty);
    }

    [Test]
    public async Task The_iso_name_and_storage_of_the_template_are_used()
    {
        Pve.AddStorage("isos", "dir", ["iso"], total: 10 * Proxmox.Simulator.SimStorage.GiB);
        Temp.File("infra/os/arch/out/archlinux-x86_64.iso", "iso bytes");
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux-x86_64.iso", "iso_name": "arch-2026.11.iso", "storage": "isos" }""");

        var outcome = await BuildOneAsync("arch");

        Assert.That(Pve.Storage("isos").FindVolume("isos:iso/arch-2026.11.iso"), Is.Not.Null);
        Assert.That(outcome.Artifact!.FileName, Is.EqualTo("arch-2026.11.json"));
        Assert.That(outcome.Artifact.Read().ProxmoxStorage, Is.EqualTo("isos"));
    }

    [Test]
    public async Task A_failed_store_task_is_one_line_with_its_log()
    {
        Temp.File("infra/os/arch/out/archlinux.iso", "iso bytes");
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso" }""");
        Simulator.Faults.FailTask("imgcopy", "error writing '/var/lib/vz/template/iso/archlinux.iso': No space left on device");

        var error = await BuildFailsAsync("arch");

        Assert.That(error.Message, Is.EqualTo(
            "arch: uploading archlinux.iso to storage 'local' failed: The Proxmox task imgcopy on pve failed: error writing '/var/lib/vz/template/iso/archlinux.iso': No space left on device; " +
            "task log: TASK ERROR: error writing '/var/lib/vz/template/iso/archlinux.iso': No space left on device"));
        Assert.That(ArtifactFiles("arch"), Is.Empty);
    }

    [Test]
    public async Task An_interactive_console_shows_a_progress_bar_and_spinners()
    {
        WriteRandomFile(IsoPath, 4 * 1024 * 1024);
        WriteTemplate("arch", """{ "kind": "iso", "iso_path": "out/archlinux.iso" }""");
        var console = new TestConsole(interactive: true);

        var outcome = (await NewRun(console).BuildAsync(["arch"], BuildMode.Always)).Single();

        Assert.That(outcome.Built, Is.True);
        Assert.That(console.Text, Does.Contain("\u001b[?25l"), "live widgets (the cursor is hidden while they draw)");
        Assert.That(console.Text, Does.Match(@"upload archlinux\.iso to local\s+━+\s+100% 4\.0 MiB"), "the bar's last frame, with its byte column");
        Assert.That(console.Text, Does.Contain("store local:iso/archlinux.iso: stopped for "), "the spinner shows the task's status");
        Assert.That(console.Text, Does.Contain("ok store local:iso/archlinux.iso: OK after"));
    }

    private static void WriteRandomFile(string path, long size)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var chunk = new byte[1 << 20];
        using var file = File.Create(path);
        for (long written = 0; written < size; written += chunk.Length)
        {
            RandomNumberGenerator.Fill(chunk);
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
        }
    }

    // Compared chunk by chunk rather than hashed: the simulator already verified the SHA-256 the builder sent.
    private static bool SameBytes(string left, string right)
    {
        using var a = File.OpenRead(left);
        using var b = File.OpenRead(right);
        if (a.Length != b.Length)
        {
            return false;
        }

        var bufferA = new byte[1 << 20];
        var bufferB = new byte[1 << 20];
        int read;
        while ((read = a.Read(bufferA)) > 0)
        {
            b.ReadExactly(bufferB, 0, read);
            if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }
}
