using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>Transient failures are retried with backoff; everything else fails at once.</summary>
public class RetryTests : SimulatorTest
{
    [Test]
    public async Task A_single_503_is_retried_and_the_call_succeeds()
    {
        Simulator.Faults.FailNext("/version", 503);

        var version = await Client.GetVersionAsync();

        Assert.That(version.Version, Is.EqualTo("9.2.11"));
        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(2));
    }

    [TestCase(502)]
    [TestCase(504)]
    public async Task Gateway_errors_are_retried(int status)
    {
        Simulator.Faults.FailNext("/nodes", status, count: 2);

        var nodes = await Client.GetNodesAsync();

        Assert.That(nodes, Has.Count.EqualTo(1));
        Assert.That(Simulator.Requests.Count("GET", "/nodes"), Is.EqualTo(3));
    }

    [Test]
    public void A_persistent_503_fails_after_max_retries_saying_so()
    {
        Simulator.Faults.FailNext("/version", 503, FaultInjector.Forever);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => Client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("GET /version failed with 503: Service Unavailable (tried 3 times)."));
        Assert.That(error.StatusCode, Is.EqualTo(503));
        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(1 + 2));
    }

    [Test]
    public void No_retries_when_max_retries_is_zero()
    {
        Simulator.Faults.FailNext("/version", 503, FaultInjector.Forever);
        using var client = TestClients.Create(TestClients.Options(Simulator) with { MaxRetries = 0 });

        var error = Assert.ThrowsAsync<ProxmoxException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Not.Contain("tried"));
        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(1));
    }

    [Test]
    public void Client_errors_are_not_retried()
    {
        Simulator.Faults.FailNext("/version", 400, FaultInjector.Forever, "Parameter verification failed.");

        Assert.ThrowsAsync<ProxmoxException>(() => Client.GetVersionAsync());

        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(1));
    }

    [Test]
    public void A_server_slower_than_the_timeout_gives_a_timeout_error_after_retries()
    {
        Simulator.Faults.AddLatency("/version", TimeSpan.FromSeconds(5));
        using var client = TestClients.Create(TestClients.Options(Simulator) with { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });

        var error = Assert.ThrowsAsync<ProxmoxTimeoutException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("did not answer GET /version within 200 ms (tried 2 times)"));
    }

    [Test]
    public async Task A_slow_answer_within_the_timeout_is_fine()
    {
        Simulator.Faults.GlobalLatency = TimeSpan.FromMilliseconds(50);

        var version = await Client.GetVersionAsync();

        Assert.That(version.Version, Is.EqualTo("9.2.11"));
    }

    [Test]
    public async Task A_dropped_connection_is_retried()
    {
        Simulator.Faults.DropNext("/nodes/pve/network", count: 2);

        var network = await Client.GetNetworkAsync("pve");

        Assert.That(network, Has.Count.EqualTo(2));
        Assert.That(Simulator.Requests.All.Count(r => r.Dropped && r.Path == "/nodes/pve/network"), Is.EqualTo(2));
    }

    [Test]
    public void Connections_that_keep_dropping_fail_with_a_connection_error()
    {
        Simulator.Faults.DropNext("/nodes/pve/network", FaultInjector.Forever);

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => Client.GetNetworkAsync("pve"));

        Assert.That(error!.Message, Does.StartWith($"The connection to {Simulator.AccessHost} was closed before Proxmox answered GET /nodes/pve/network"));
    }

    [Test]
    public void A_malformed_body_is_a_response_error_and_is_not_retried()
    {
        Simulator.Faults.MalformNext("/nodes/pve/storage");

        var error = Assert.ThrowsAsync<ProxmoxResponseException>(() => Client.GetStoragesAsync("pve"));

        Assert.That(error!.Message, Does.Contain("answered GET /nodes/pve/storage with a body that is not JSON"));
        Assert.That(Simulator.Requests.Count("GET", "/nodes/pve/storage"), Is.EqualTo(1));
    }

    [Test]
    public void A_refused_connection_without_a_port_suggests_8006()
    {
        var port = ClosedPort();
        var options = TestClients.Options(Simulator) with
        {
            // What "PVE_ACCESS_HOST=127.0.0.1" would mean, aimed at a port where nothing listens.
            Endpoint = new ProxmoxEndpoint(new Uri($"https://127.0.0.1:{port}/api2/json"), HasExplicitPort: false),
        };
        using var client = TestClients.Create(options);

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("connection refused (tried 3 times)"));
        Assert.That(error.Message, Does.Contain("No port was given: pveproxy listens on 8006; try PVE_ACCESS_HOST=127.0.0.1:8006."));
    }

    [Test]
    public void A_refused_connection_with_a_port_does_not_suggest_another()
    {
        var options = TestClients.Options(Simulator) with { Endpoint = ProxmoxEndpoint.Parse($"127.0.0.1:{ClosedPort()}") };
        using var client = TestClients.Create(options);

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Does.Contain("connection refused"));
        Assert.That(error.Message, Does.Not.Contain("8006"));
    }

    [Test]
    public void An_unresolvable_host_is_a_connection_error_naming_the_variable()
    {
        var options = TestClients.Options(Simulator) with { Endpoint = ProxmoxEndpoint.Parse("pve.invalid:8006") };
        using var client = TestClients.Create(options);

        var error = Assert.ThrowsAsync<ProxmoxConnectionException>(() => client.GetVersionAsync());

        Assert.That(error!.Message, Is.EqualTo("The host name pve.invalid could not be resolved; check PVE_ACCESS_HOST."));
    }

    [Test]
    public void Cancellation_by_the_caller_is_not_turned_into_an_error()
    {
        Simulator.Faults.AddLatency("/version", TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await Client.GetVersionAsync(cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
