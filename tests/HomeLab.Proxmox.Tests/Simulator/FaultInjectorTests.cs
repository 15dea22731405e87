using System.Net;
using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

public class FaultInjectorTests : SimulatorTest
{
    private RawHttp _http = null!;

    [SetUp]
    public void CreateHttp() => _http = new RawHttp(Simulator);

    [TearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task A_status_fault_answers_the_next_n_requests_then_stops()
    {
        Simulator.Faults.FailNext("/version", 503, count: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.GetAsync("/version");
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }));
    }

    [Test]
    public async Task A_status_fault_carries_a_proxmox_error_body()
    {
        Simulator.Faults.FailNext("/version", 500, message: "cluster not ready - no quorum?");

        using var response = await _http.GetAsync("/version");

        Assert.That(response.ReasonPhrase, Is.EqualTo("cluster not ready - no quorum?"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"data\":null,\"message\":\"cluster not ready - no quorum?\\n\"}"));
    }

    [Test]
    public async Task Prefixes_match_whole_path_segments_only()
    {
        State.AddNode("pve2");
        Simulator.Faults.FailNext("/nodes/pve", 502, FaultInjector.Forever);

        using var other = await _http.GetAsync("/nodes/pve2/network");
        using var below = await _http.GetAsync("/nodes/pve/storage/local/status");

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(below.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [Test]
    public async Task A_fault_applies_before_authentication()
    {
        Simulator.Faults.FailNext("/", 503);

        using var response = await _http.GetAsync("/version", authorization: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public void A_dropped_request_gets_no_answer_and_is_journaled_as_dropped()
    {
        Simulator.Faults.DropNext("/nodes");

        Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync("/nodes"));

        var request = Simulator.Requests.All.Single();
        Assert.That(request with { Received = default, Answered = default }, Is.EqualTo(new HomeLab.Proxmox.Simulator.SimulatorRequest("GET", "/nodes", 0, null, true)));
        Assert.That(request.Answered, Is.GreaterThanOrEqualTo(request.Received).And.GreaterThan(DateTimeOffset.UnixEpoch));
    }

    [Test]
    public async Task A_malformed_fault_truncates_the_body()
    {
        Simulator.Faults.MalformNext("/nodes");

        using var response = await _http.GetAsync("/nodes");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(FaultInjector.MalformedBody));
    }

    [Test]
    public async Task Faults_are_used_in_the_order_they_were_added()
    {
        Simulator.Faults.FailNext("/version", 502);
        Simulator.Faults.FailNext("/version", 504);

        using var first = await _http.GetAsync("/version");
        using var second = await _http.GetAsync("/version");

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout)));
    }

    [Test]
    public async Task Clear_removes_every_fault_and_latency()
    {
        Simulator.Faults.FailNext("/", 503, FaultInjector.Forever);
        Simulator.Faults.GlobalLatency = TimeSpan.FromSeconds(30);
        Simulator.Faults.AddLatency("/version", TimeSpan.FromSeconds(30));

        Simulator.Faults.Clear();
        using var response = await _http.GetAsync("/version");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Simulator.Faults.GlobalLatency, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task The_journal_counts_requests_per_method_and_path()
    {
        using (await _http.GetAsync("/version"))
        using (await _http.GetAsync("/version"))
        using (await _http.GetAsync("/nodes"))
        {
        }

        Assert.That(Simulator.Requests.Count("GET", "/version"), Is.EqualTo(2));
        Assert.That(Simulator.Requests.Count("get", "/nodes"), Is.EqualTo(1));
        Simulator.Requests.Clear();
        Assert.That(Simulator.Requests.All, Is.Empty);
    }
}
