using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Tests.Support;
using RestSharp;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>The layer later issues build POST/DELETE calls on.</summary>
public class TransportTests : SimulatorTest
{
    [TestCase("Get", true)]
    [TestCase("Post", false)]
    [TestCase("Put", false)]
    [TestCase("Delete", false)]
    public void Only_gets_are_retryable(string method, bool retryable) =>
        Assert.That(new ProxmoxRequest(Enum.Parse<Method>(method), "/x", []).IsRetryable, Is.EqualTo(retryable));

    [Test]
    public void A_post_is_never_retried_even_on_a_transient_failure()
    {
        Simulator.Faults.FailNext("/nodes/pve/qemu", 503, FaultInjector.Forever);
        using var transport = new ProxmoxTransport(TestClients.Options(Simulator));
        var create = new ProxmoxRequest(Method.Post, "/nodes/pve/qemu", [new("vmid", "100")]);

        var error = Assert.ThrowsAsync<ProxmoxException>(() => transport.SendAsync(create, data => data.GetString(), CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo("POST /nodes/pve/qemu failed with 503: Service Unavailable."));
        Assert.That(Simulator.Requests.Count("POST", "/nodes/pve/qemu"), Is.EqualTo(1));
    }

    [Test]
    public void A_dropped_post_is_not_sent_again()
    {
        Simulator.Faults.DropNext("/nodes/pve/qemu", FaultInjector.Forever);
        using var transport = new ProxmoxTransport(TestClients.Options(Simulator));
        var create = new ProxmoxRequest(Method.Post, "/nodes/pve/qemu", []);

        Assert.ThrowsAsync<ProxmoxConnectionException>(() => transport.SendAsync(create, data => data.GetString(), CancellationToken.None));

        Assert.That(Simulator.Requests.Count("POST", "/nodes/pve/qemu"), Is.EqualTo(1));
    }

    [Test]
    public async Task Get_parameters_travel_in_the_query_string()
    {
        using var transport = new ProxmoxTransport(TestClients.Options(Simulator));
        var request = ProxmoxRequest.Get("/nodes/pve/storage", new KeyValuePair<string, string>("content", "images"));

        var storages = await transport.SendAsync(request, HomeLab.Proxmox.Wire.ModelReader.Storages, CancellationToken.None);

        Assert.That(storages.Select(s => s.Storage), Is.EqualTo(new[] { "local-lvm" }));
    }

    [Test]
    public void Options_never_print_the_secret()
    {
        var options = TestClients.Options(Simulator);

        Assert.That(options.ToString(), Does.Not.Contain(Simulator.TokenSecret));
        Assert.That(options.ToString(), Does.Contain(Simulator.TokenId));
    }

    [TestCase(1, 100)]
    [TestCase(2, 200)]
    [TestCase(3, 400)]
    [TestCase(20, 30_000)]
    public void Backoff_doubles_up_to_a_cap(int retry, int expectedMs) =>
        Assert.That(new RetryPolicy(3, TimeSpan.FromMilliseconds(100)).DelayBefore(retry), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMs)));
}
