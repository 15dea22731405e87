using System.Net;
using System.Text.Json;
using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>Status codes, reason phrases, bodies and wire types as the reference describes them.</summary>
public class ApiFidelityTests : SimulatorTest
{
    private RawHttp _http = null!;

    [SetUp]
    public void CreateHttp() => _http = new RawHttp(Simulator);

    [TearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task A_missing_privilege_is_403_with_the_check_in_body_and_reason_phrase()
    {
        State.DefaultToken.Revoke("/storage/local", "Datastore.Audit", "Datastore.AllocateSpace");

        using var response = await _http.GetAsync("/nodes/pve/storage/local/status");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Permission check failed (/storage/local, Datastore.Audit|Datastore.AllocateSpace)"));
        Assert.That(await response.Content.ReadAsStringAsync(),
            Is.EqualTo("{\"data\":null,\"message\":\"Permission check failed (/storage/local, Datastore.Audit|Datastore.AllocateSpace)\\n\"}"));
    }

    [TestCase("GET", "/foo")]
    [TestCase("GET", "/nodes/pve/lxc")]
    [TestCase("POST", "/version")]
    [TestCase("DELETE", "/nodes")]
    public async Task Unknown_routes_and_methods_are_501(string method, string path)
    {
        using var response = await _http.SendAsync(new HttpMethod(method), path);

        var expected = $"Method '{method} {path}' not implemented";
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
        Assert.That(response.ReasonPhrase, Is.EqualTo(expected));
        Assert.That(await Json(response), Is.EqualTo(JsonSerializer.Serialize(new { data = (object?)null, message = expected })));
    }

    [Test]
    public async Task An_unknown_storage_is_400_with_the_parameter_error()
    {
        using var response = await _http.GetAsync("/nodes/pve/storage/nope/status");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Parameter verification failed."));
        Assert.That(await response.Content.ReadAsStringAsync(),
            Is.EqualTo("{\"data\":null,\"errors\":{\"storage\":\"No such storage.\"},\"message\":\"Parameter verification failed.\\n\"}"));
    }

    [Test]
    public async Task An_unknown_node_is_a_500_hostname_lookup_failure()
    {
        using var response = await _http.GetAsync("/nodes/ghost/storage");

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.ReasonPhrase, Does.StartWith("hostname lookup 'ghost' failed - "));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("data").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(body.RootElement.GetProperty("message").GetString(), Does.EndWith("\n"));
    }

    [Test]
    public async Task Unknown_query_parameters_are_rejected_by_the_schema()
    {
        using var response = await _http.GetAsync("/version?full=1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"full\":\"property is not defined in schema"));
    }

    [Test]
    public async Task Network_uses_perl_wire_types()
    {
        Pve.Interface("vmbr0").Mtu = "1500";

        using var document = await Data("/nodes/pve/network");

        var vmbr0 = document.RootElement.EnumerateArray().Single(e => e.GetProperty("iface").GetString() == "vmbr0");
        Assert.That(vmbr0.GetProperty("active").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(vmbr0.GetProperty("autostart").GetInt32(), Is.EqualTo(1));
        Assert.That(vmbr0.GetProperty("mtu").GetString(), Is.EqualTo("1500"));
        Assert.That(vmbr0.GetProperty("bridge_fd").GetString(), Is.EqualTo("0"));
        Assert.That(vmbr0.GetProperty("netmask").GetString(), Is.EqualTo("24"));
        Assert.That(vmbr0.GetProperty("address").GetString(), Is.EqualTo("192.168.1.10"));
        var eno1 = document.RootElement.EnumerateArray().Single(e => e.GetProperty("iface").GetString() == "eno1");
        Assert.That(eno1.TryGetProperty("autostart", out _), Is.False, "absent when false");
    }

    [Test]
    public async Task Bridges_are_hidden_without_sdn_audit_or_use_on_their_zone_path()
    {
        var token = State.AddToken("net@pve!t").Grant("/", "Sys.Audit");
        using var hidden = await Data("/nodes/pve/network", RawHttp.TokenHeader(token));
        token.Grant("/sdn/zones/localnetwork/vmbr0", "SDN.Use");
        using var shown = await Data("/nodes/pve/network", RawHttp.TokenHeader(token));

        Assert.That(Ifaces(hidden), Is.EqualTo(new[] { "eno1" }));
        Assert.That(Ifaces(shown), Is.EqualTo(new[] { "eno1", "vmbr0" }));
    }

    [Test]
    public async Task Network_can_be_filtered_by_type()
    {
        using var bridges = await Data("/nodes/pve/network?type=any_bridge");
        using var response = await _http.GetAsync("/nodes/pve/network?type=wifi");

        Assert.That(Ifaces(bridges), Is.EqualTo(new[] { "vmbr0" }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Storage_entries_use_int_flags_and_zero_sizes_when_inactive()
    {
        Pve.Storage("local-lvm").Active = false;

        using var document = await Data("/nodes/pve/storage");

        var local = document.RootElement[0];
        var lvm = document.RootElement[1];
        Assert.That(local.GetProperty("enabled").GetInt32(), Is.EqualTo(1));
        Assert.That(local.GetProperty("shared").GetInt32(), Is.EqualTo(0));
        Assert.That(local.GetProperty("total").GetInt64(), Is.EqualTo(100 * SimStorage.GiB));
        Assert.That(local.GetProperty("used_fraction").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(lvm.GetProperty("active").GetInt32(), Is.EqualTo(0));
        Assert.That(lvm.GetProperty("total").GetInt64(), Is.EqualTo(0));
        Assert.That(lvm.TryGetProperty("used_fraction", out _), Is.False);
    }

    [Test]
    public async Task The_content_filter_keeps_matching_enabled_storages()
    {
        Pve.AddStorage("old", "dir", ["iso"], total: SimStorage.GiB).Enabled = false;

        using var iso = await Data("/nodes/pve/storage?content=iso");
        using var all = await Data("/nodes/pve/storage");
        using var unknown = await _http.GetAsync("/nodes/pve/storage?storage=nope");

        Assert.That(Storages(iso), Is.EqualTo(new[] { "local" }));
        Assert.That(Storages(all), Is.EqualTo(new[] { "local", "local-lvm", "old" }));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_offline_node_keeps_only_its_maxima_in_the_node_list()
    {
        var pve2 = State.AddNode("pve2");
        pve2.Status = SimNodeStatus.Offline;

        using var document = await Data("/nodes");

        var entry = document.RootElement.EnumerateArray().Single(e => e.GetProperty("node").GetString() == "pve2");
        Assert.That(entry.GetProperty("status").GetString(), Is.EqualTo("offline"));
        Assert.That(entry.GetProperty("maxmem").GetInt64(), Is.EqualTo(pve2.MaxMem));
        Assert.That(entry.TryGetProperty("uptime", out _), Is.False);
        Assert.That(entry.TryGetProperty("cpu", out _), Is.False);
    }

    [Test]
    public async Task Version_reports_the_configured_release()
    {
        State.Version = SimVersion.Of("7.4-20", "deadbeef");

        using var document = await Data("/version");

        Assert.That(document.RootElement.GetProperty("version").GetString(), Is.EqualTo("7.4-20"));
        Assert.That(document.RootElement.GetProperty("release").GetString(), Is.EqualTo("7.4"));
        Assert.That(document.RootElement.GetProperty("repoid").GetString(), Is.EqualTo("deadbeef"));
    }

    [Test]
    public async Task Permissions_list_standard_and_acl_paths_with_propagate_flags()
    {
        var token = State.AddToken("p@pve!t").Grant("/storage/local", propagate: false, "Datastore.Audit");

        using var all = await Data("/access/permissions", RawHttp.TokenHeader(token));
        using var one = await Data("/access/permissions?path=/storage/local", RawHttp.TokenHeader(token));

        var paths = all.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[] { "/", "/access", "/nodes", "/sdn", "/storage", "/vms", "/storage/local" }));
        Assert.That(all.RootElement.GetProperty("/").EnumerateObject(), Is.Empty);
        Assert.That(all.RootElement.GetProperty("/storage/local").GetProperty("Datastore.Audit").GetInt32(), Is.EqualTo(0));
        Assert.That(one.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "/storage/local" }));
    }

    [Test]
    public async Task Asking_for_another_users_permissions_needs_sys_audit_on_access()
    {
        var token = State.AddToken("nosy@pve!t").Grant("/storage", "Datastore.Audit");

        using var response = await _http.GetAsync($"/access/permissions?userid={Uri.EscapeDataString(Simulator.TokenId)}", RawHttp.TokenHeader(token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Permission check failed (/access, Sys.Audit)"));
    }

    private async Task<JsonDocument> Data(string path, string? authorization = "default")
    {
        using var response = await _http.GetAsync(path, authorization);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        using var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(envelope.RootElement.GetProperty("data").GetRawText());
    }

    private static async Task<string> Json(HttpResponseMessage response) =>
        JsonSerializer.Serialize(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);

    private static string[] Ifaces(JsonDocument document) =>
        document.RootElement.EnumerateArray().Select(e => e.GetProperty("iface").GetString()!).ToArray();

    private static string[] Storages(JsonDocument document) =>
        document.RootElement.EnumerateArray().Select(e => e.GetProperty("storage").GetString()!).ToArray();
}
