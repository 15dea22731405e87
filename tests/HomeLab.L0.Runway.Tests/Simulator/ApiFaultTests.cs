using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox.Simulator.Faults;

namespace HomeLab.L0.Runway.Tests.Simulator;

[UnsupportedOSPlatform("windows")]
public sealed class ApiFaultTests : SimulatorTestBase
{
    [Test]
    public async Task A_503_once_is_retried_and_the_run_passes()
    {
        Lab.Pve.Faults.FailNext("/version", 503);

        var result = await Lab.RunAsync();

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(Lab.Pve.Requests.Count("GET", "/version"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_timeout_is_one_plain_reason()
    {
        Lab.Pve.Faults.AddLatency("/version", TimeSpan.FromSeconds(30));

        var result = await Lab.RunAsync(Lab.Options with { ApiTimeout = TimeSpan.FromMilliseconds(300), ApiMaxRetries = 1 });

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"Proxmox at {Lab.Pve.AccessHost} did not answer GET /version within 300 ms (tried 2 times); check that the host is up and reachable.",
        }));
        Assert.That(Check(result, CheckNames.Node).Detail, Is.EqualTo("skipped: API not reachable"));
        AssertPlain(result);
    }

    [Test]
    public async Task A_dropped_connection_is_one_plain_reason()
    {
        Lab.Pve.Faults.DropNext("/version", FaultInjector.Forever);

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"The connection to {Lab.Pve.AccessHost} was closed before Proxmox answered GET /version (tried 3 times).",
        }));
        Assert.That(Check(result, CheckNames.Privileges).Detail, Is.EqualTo("skipped: API not reachable"));
        AssertPlain(result);
    }

    [Test]
    public async Task A_dropped_connection_below_a_node_fails_only_that_check()
    {
        Lab.Pve.Faults.DropNext("/nodes/pve/network", FaultInjector.Forever);

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"Could not read the network of node 'pve': The connection to {Lab.Pve.AccessHost} was closed before Proxmox answered GET /nodes/pve/network (tried 3 times).",
        }));
        AssertPlain(result);
    }

    [Test]
    public async Task Malformed_json_is_one_plain_reason()
    {
        Lab.Pve.Faults.MalformNext("/nodes", FaultInjector.Forever);

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"Could not list the cluster's nodes: Proxmox at {Lab.Pve.AccessHost} answered GET /nodes with a body that is not JSON ('{{\"data\": [').",
        }));
        Assert.That(Check(result, CheckNames.StorageConsistency).Detail, Is.EqualTo("skipped: node 'pve' is not usable (see Node)"));
        AssertPlain(result);
    }

    [Test]
    public async Task A_refused_connection_is_one_plain_reason()
    {
        var closedPort = ClosedPort();
        Lab.Env.Set(LabVariables.AccessHost, $"127.0.0.1:{closedPort}");

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            $"Could not connect to https://127.0.0.1:{closedPort}/api2/json: connection refused (tried 3 times). Check that pveproxy is running and that the port is right.",
        }));
        AssertPlain(result);
    }

    [Test]
    public async Task A_certificate_that_does_not_match_the_pin_is_refused_with_the_fix()
    {
        Lab.Env.Set(LabVariables.TlsFingerprint, string.Join(':', Enumerable.Repeat("AB", 32)));

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Has.Count.EqualTo(1));
        Assert.That(result.Failures[0], Does.StartWith($"The TLS certificate of {Lab.Pve.AccessHost} was not trusted:"));
        Assert.That(result.Failures[0], Does.Contain($"PVE_TLS_FINGERPRINT={Lab.Pve.CertificateFingerprint}"));
        AssertPlain(result);
    }

    [Test]
    public async Task The_cluster_ca_file_can_be_trusted_instead_of_a_pin()
    {
        var caFile = Lab.Output.Combine("pve-root-ca.pem");
        await File.WriteAllTextAsync(caFile, Lab.Pve.CaCertificatePem);
        Lab.Env.Unset(LabVariables.TlsFingerprint).Set(LabVariables.CaCert, caFile);

        var result = await Lab.RunAsync();

        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
    }

    [Test]
    public async Task Insecure_tls_passes_with_a_warning_on_every_run()
    {
        Lab.Env.Unset(LabVariables.TlsFingerprint).Set(LabVariables.TlsInsecure, "1");

        var result = await Lab.RunAsync();

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Notes, Is.EqualTo(new[] { LabSettingsReader.InsecureWarning }));
        Assert.That(Check(result, CheckNames.Environment).Status, Is.EqualTo(CheckStatus.Warn));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
