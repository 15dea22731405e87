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
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "HomeLab.Proxmox.Simulator.dll"), "--port", "0", "--env-file", envFile },
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

            Assert.That(output[0], Does.Match(@"^Proxmox VE simulator listening on https://127\.0\.0\.1:\d+/api2/json$"));
            Assert.That(output, Has.Some.Contains($"export PVE_ACCESS_HOST={variables["PVE_ACCESS_HOST"]}"));
            Assert.That(variables.Keys, Is.EquivalentTo(new[] { "PVE_ACCESS_HOST", "PM_TOKEN_ID", "PM_TOKEN_SECRET", "PVE_TLS_FINGERPRINT" }));
            Assert.That(version.Version, Is.EqualTo(SimVersion.Default.Version));
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
