using System.Net;
using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>The simulator authenticates exactly as pve-http-server does (reference §1).</summary>
public class AuthenticationTests : SimulatorTest
{
    private RawHttp _http = null!;

    [SetUp]
    public void CreateHttp() => _http = new RawHttp(Simulator);

    [TearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task No_header_is_401_no_ticket_with_an_empty_body()
    {
        using var response = await _http.GetAsync("/version", authorization: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.ReasonPhrase, Is.EqualTo("No ticket"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [TestCase("PVEAPIToken=homelab@pve!homelab=wrong")]
    [TestCase("PVEAPIToken=ghost@pve!homelab={secret}")]
    [TestCase("PVEAPIToken=homelab@pve!homelab")]
    [TestCase("Bearer {secret}")]
    [TestCase("PVEAPITokenhomelab@pve!homelab={secret}")]
    public async Task A_bad_token_is_401_authentication_failed_with_an_empty_body(string header)
    {
        using var response = await _http.GetAsync("/version", header.Replace("{secret}", Simulator.TokenSecret));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Authentication failed!"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [TestCase("PVEAPIToken=homelab@pve!homelab={secret}")]
    [TestCase("PVEAPIToken homelab@pve!homelab={secret}")]
    [TestCase("PVEAPIToken=homelab%40pve%21homelab={secret}")]
    [TestCase("PVEAPIToken=homelab@pve!homelab={secret};ignored")]
    public async Task Every_form_pveproxy_accepts_is_accepted(string header)
    {
        using var response = await _http.GetAsync("/version", header.Replace("{secret}", Simulator.TokenSecret));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Disabled_and_expired_tokens_are_refused()
    {
        var disabled = State.AddToken("off@pve!t");
        disabled.Enabled = false;
        var expired = State.AddToken("old@pve!t");
        expired.Expires = DateTimeOffset.UtcNow.AddMinutes(-1);

        using var first = await _http.GetAsync("/version", RawHttp.TokenHeader(disabled));
        using var second = await _http.GetAsync("/version", RawHttp.TokenHeader(expired));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_second_token_authenticates_with_its_own_secret()
    {
        var token = State.AddToken("ci@pve!ro");

        using var response = await _http.GetAsync("/version", RawHttp.TokenHeader(token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Simulator.Requests.All.Last().TokenId, Is.EqualTo("ci@pve!ro"));
    }

    [Test]
    public async Task Authentication_comes_before_routing()
    {
        using var response = await _http.GetAsync("/no/such/path", authorization: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
