using System.Diagnostics;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>The simulator as a process: `dotnet HomeLab.Proxmox.Simulator.dll --port 0 --env-file …`.</summary>
public class StandaloneTests
{
    [Test]
    public async Task It_prints_its_address_and_writes_exports_a_client_can_use()
    {
        var directory = Directory.CreateTempSubdirectory("homelab-sim-");
        var envFile = Path.Combine(directory.FullName, "pve.env");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "HomeLab.Proxmox.Simulator.dll"), "--port", "0", "--env-file", envFile,
                "--pve-version=8.4.1", "--storage-content", "local=iso,vztmpl,backup,import",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var output = new List<string>();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await process.StandardOutput.ReadLineAsync(wait.Token) is { } line)
            {
                output.Add(line);
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var variables = (await File.ReadAllLinesAsync(envFile, wait.Token))
                .Select(line => line["export ".Length..].Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''));
            using var client = new ProxmoxClient(new ProxmoxClientOptions
            {
                Endpoint = ProxmoxEndpoint.Parse(variables["PVE_ACCESS_HOST"]),
                TokenId = variables["PM_TOKEN_ID"],
                TokenSecret = variables["PM_TOKEN_SECRET"],
                Tls = ProxmoxTlsOptions.PinFingerprint(variables["PVE_TLS_FINGERPRINT"]),
            });

            var version = await client.GetVersionAsync(wait.Token);
            var local = (await client.GetStoragesAsync("pve", wait.Token)).Single(storage => storage.Storage == "local");

            Assert.That(output[0], Does.Match(@"^Proxmox VE simulator listening on https://127\.0\.0\.1:\d+/api2/json$"));
            Assert.That(output, Has.Some.Contains($"export PVE_ACCESS_HOST={variables["PVE_ACCESS_HOST"]}"));
            Assert.That(variables.Keys, Is.EquivalentTo(new[] { "PVE_ACCESS_HOST", "PM_TOKEN_ID", "PM_TOKEN_SECRET", "PVE_TLS_FINGERPRINT" }));
            Assert.That(version.Version, Is.EqualTo("8.4.1"));
            Assert.That(local.Content, Is.EquivalentTo(new[] { "iso", "vztmpl", "backup", "import" }));
            Assert.That(output, Has.Some.EqualTo("  storage:      local (dir: iso,vztmpl,backup,import)"));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            directory.Delete(recursive: true);
        }
    }

    [TestCase(new string[0], 8006, 0, null)]
    [TestCase(new[] { "--port", "18006", "--latency-ms", "100" }, 18006, 100, null)]
    [TestCase(new[] { "--env-file", "/tmp/x.env" }, 8006, 0, "/tmp/x.env")]
    public void Arguments_are_parsed(string[] args, int port, int latency, string? envFile)
    {
        Assert.That(SimulatorCommandLine.TryParse(args, out var commandLine, out var error), Is.True, error);
        Assert.That(commandLine, Is.EqualTo(new SimulatorCommandLine(port, latency, envFile)));
    }

    [Test]
    public void Offline_downloads_is_a_switch()
    {
        Assert.That(SimulatorCommandLine.TryParse(["--offline-downloads", "--port", "0"], out var commandLine, out var error), Is.True, error);
        Assert.That(commandLine, Is.EqualTo(new SimulatorCommandLine(0, 0, null, OfflineDownloads: true)));
    }

    [Test]
    public void By_default_it_is_the_current_release_with_a_fresh_install_and_pveproxy_login_delay()
    {
        Assert.That(SimulatorCommandLine.TryParse([], out var commandLine, out var error), Is.True, error);

        Assert.That(commandLine.Version, Is.EqualTo(SimVersion.Default));
        Assert.That(commandLine.StorageContent, Is.Null);
        Assert.That(commandLine.AuthFailureDelayMs, Is.EqualTo(3000));
    }

    [Test]
    public void Version_storage_content_and_login_delay_are_options()
    {
        string[] args =
        [
            "--pve-version", "8.3.0", "--storage-content=local=iso,import", "--storage-content", "nas=iso",
            "--storage-content", "local=iso,vztmpl,backup,import", "--auth-failure-delay-ms=0",
        ];

        Assert.That(SimulatorCommandLine.TryParse(args, out var commandLine, out var error), Is.True, error);

        Assert.That(commandLine.Version.Version, Is.EqualTo("8.3.0"));
        Assert.That(commandLine.StorageContent!.Select(s => s.ToString()), Is.EqualTo(new[] { "nas=iso", "local=iso,vztmpl,backup,import" }));
        Assert.That(commandLine.AuthFailureDelayMs, Is.EqualTo(0));
    }

    [Test]
    public void Import_content_on_a_release_before_8_2_is_refused_with_the_fix()
    {
        Assert.That(SimulatorCommandLine.TryParse(["--pve-version", "8.1.4", "--storage-content", "local=iso,import"], out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(
            "--storage-content: storage 'local' cannot allow 'import' on Proxmox VE 8.1.4: the content type came with 8.2; leave 'import' out or pick a later --pve-version."));
    }

    [TestCase(new[] { "--pve-version", "9" }, "--pve-version '9' is not a version such as 8.4.1")]
    [TestCase(new[] { "--pve-version=latest" }, "is not a version")]
    [TestCase(new[] { "--storage-content", "iso,vztmpl" }, "is not storage=content,content")]
    [TestCase(new[] { "--storage-content", "local=iso,isos" }, "unknown content type 'isos' for storage 'local'")]
    [TestCase(new[] { "--auth-failure-delay-ms", "3s" }, "not a valid number")]
    [TestCase(new[] { "--port" }, "needs a value")]
    [TestCase(new[] { "--port", "http" }, "not a valid number")]
    [TestCase(new[] { "--port", "70000" }, "not a valid number")]
    [TestCase(new[] { "--latency-ms", "-1" }, "not a valid number")]
    [TestCase(new[] { "--verbose", "1" }, "unknown option --verbose")]
    [TestCase(new[] { "--help" }, "usage:")]
    public void Bad_arguments_give_one_line_with_usage(string[] args, string expected)
    {
        Assert.That(SimulatorCommandLine.TryParse(args, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
        Assert.That(error, Does.Contain("usage:"));
    }
}
