using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HomeLab.Proxmox.Simulator;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>The new endpoints' wire shapes and errors, read with a plain HttpClient.</summary>
public class TaskAndVmWireTests : SimulatorTest
{
    private RawHttp _http = null!;

    [SetUp]
    public void CreateHttp() => _http = new RawHttp(Simulator);

    [TearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task Nextid_is_a_json_string_and_a_taken_vmid_a_400()
    {
        Pve.AddVm(100);

        using var next = await Data("/cluster/nextid");
        using var taken = await _http.GetAsync("/cluster/nextid?vmid=100");

        Assert.That(next.RootElement.ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(next.RootElement.GetString(), Is.EqualTo("101"));
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await taken.Content.ReadAsStringAsync(), Does.Contain("\"errors\":{\"vmid\":\"VM 100 already exists\"}"));
    }

    [Test]
    public async Task No_free_vmid_in_the_range_is_a_500()
    {
        State.NextIdLower = 100;
        State.NextIdUpper = 101;
        Pve.AddVm(100);
        Pve.AddVm(101);

        using var response = await _http.GetAsync("/cluster/nextid");

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.ReasonPhrase, Is.EqualTo("unable to get any free VMID in range [100, 101]"));
    }

    [Test]
    public async Task The_vm_list_has_int_vmids_and_template_only_on_templates()
    {
        Pve.AddVm(100, "web").Set("memory", "2048").Set("tags", "a;b");
        Pve.AddVm(9000, "ubuntu").Set("template", "1");

        using var list = await Data("/nodes/pve/qemu");

        var web = list.RootElement[0];
        var template = list.RootElement[1];
        Assert.That(web.GetProperty("vmid").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(web.TryGetProperty("template", out _), Is.False);
        Assert.That(web.GetProperty("maxmem").GetInt64(), Is.EqualTo(2048L << 20));
        Assert.That(web.GetProperty("tags").GetString(), Is.EqualTo("a;b"));
        Assert.That(template.GetProperty("template").GetInt32(), Is.EqualTo(1));
        Assert.That(template.GetProperty("name").GetString(), Is.EqualTo("ubuntu"));
    }

    [Test]
    public async Task Config_uses_perl_wire_types_with_a_digest()
    {
        Pve.AddVm(100, "web").Set("memory", "2048").Set("cores", "2").Set("template", "1").Set("cipassword", "$5$hash");

        using var config = await Data("/nodes/pve/qemu/100/config");

        var root = config.RootElement;
        Assert.That(root.GetProperty("memory").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(root.GetProperty("cores").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(root.GetProperty("template").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("cipassword").GetString(), Is.EqualTo("**********"));
        Assert.That(root.GetProperty("digest").GetString(), Does.Match("^[0-9a-f]{40}$"));
    }

    [Test]
    public async Task Status_current_adds_ha_and_agent()
    {
        Pve.AddVm(100, "web").Set("agent", "enabled=1,fstrim_cloned_disks=1").Running = true;

        using var status = await Data("/nodes/pve/qemu/100/status/current");

        var root = status.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("running"));
        Assert.That(root.GetProperty("ha").GetProperty("managed").GetInt32(), Is.EqualTo(0));
        Assert.That(root.GetProperty("agent").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("qmpstatus").GetString(), Is.EqualTo("running"));
    }

    [TestCase("/nodes/pve/qemu/abc/config", "type check ('integer') failed - got 'abc'")]
    [TestCase("/nodes/pve/qemu/99/config", "value must have a minimum value of 100")]
    public async Task A_vmid_that_is_not_one_is_a_400(string path, string error)
    {
        using var response = await _http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain($"\"vmid\":\"{error}\""));
    }

    [Test]
    public async Task A_delete_with_a_body_is_a_501()
    {
        Pve.AddVm(100);

        using var response = await _http.SendAsync(HttpMethod.Delete, "/nodes/pve/qemu/100", new StringContent("purge=1", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Unexpected content for method 'DELETE'"));
        Assert.That(Pve.FindVm(100), Is.Not.Null);
    }

    [Test]
    public async Task Create_accepts_a_json_body_too()
    {
        Pve.Storage("local").AddVolume(SimVolume.Import("local", "noble.qcow2", 1 << 30));
        var body = "{\"vmid\":9000,\"name\":\"ubuntu\",\"scsi0\":\"local-lvm:0,import-from=local:import/noble.qcow2\",\"start\":false}";

        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/qemu", new StringContent(body, Encoding.UTF8, "application/json"));
        var upid = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetString()!;
        await State.FindTask(upid)!.Completion;

        Assert.That(upid, Does.Match(@"^UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:qmcreate:9000:homelab@pve!homelab:$"));
        Assert.That(Pve.Vm(9000).Get("scsi0"), Is.EqualTo("local-lvm:vm-9000-disk-0,size=1G"));
    }

    [Test]
    public async Task Create_validates_every_parameter_at_once()
    {
        using var response = await _http.PostFormAsync("/nodes/pve/qemu",
            ("vmid", "9000"), ("name", "not a dns name"), ("ostype", "beos"), ("cores", "two"), ("args", "-cpu host"));

        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "name", "ostype", "cores", "args" }));
        Assert.That(errors.GetProperty("name").GetString(), Is.EqualTo("invalid format - value does not look like a valid DNS name"));
        Assert.That(errors.GetProperty("ostype").GetString(), Does.StartWith("value 'beos' does not have a value in the enumeration 'other, wxp"));
        Assert.That(errors.GetProperty("cores").GetString(), Is.EqualTo("type check ('integer') failed - got 'two'"));
        Assert.That(errors.GetProperty("args").GetString(), Does.StartWith("property is not defined in schema"));
        Assert.That(State.Tasks, Is.Empty);
    }

    [Test]
    public async Task Create_without_a_vmid_is_a_400()
    {
        using var response = await _http.PostFormAsync("/nodes/pve/qemu", ("name", "x"));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"vmid\":\"property is missing and it is not optional\""));
    }

    [Test]
    public async Task Task_status_has_int_times_a_string_id_and_the_token_apart()
    {
        Pve.AddVm(100);
        using var stop = await _http.PostFormAsync("/nodes/pve/qemu/100/status/stop");
        var upid = JsonDocument.Parse(await stop.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetString()!;
        await State.FindTask(upid)!.Completion;

        using var status = await Data($"/nodes/pve/tasks/{Uri.EscapeDataString(upid)}/status");

        var root = status.RootElement;
        foreach (var name in new[] { "pid", "pstart", "starttime" })
        {
            Assert.That(root.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.Number), name);
        }

        Assert.That(root.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("100"));
        Assert.That(root.GetProperty("user").GetString(), Is.EqualTo("homelab@pve"));
        Assert.That(root.GetProperty("tokenid").GetString(), Is.EqualTo("homelab"));
        Assert.That((root.GetProperty("status").GetString(), root.GetProperty("exitstatus").GetString()), Is.EqualTo(("stopped", "OK")));
        Assert.That(root.GetProperty("pid").GetInt32(), Is.EqualTo(Upid.Parse(upid).Pid));
    }

    [Test]
    public async Task Task_log_lines_are_numbered_with_a_total()
    {
        Pve.AddVm(100);
        Simulator.Faults.WarnTask("qmstop", "slow guest");
        using var stop = await _http.PostFormAsync("/nodes/pve/qemu/100/status/stop");
        var upid = JsonDocument.Parse(await stop.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetString()!;
        await State.FindTask(upid)!.Completion;

        using var response = await _http.GetAsync($"/nodes/pve/tasks/{Uri.EscapeDataString(upid)}/log?start=0&limit=1");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"data\":[{\"n\":1,\"t\":\"WARN: slow guest\"}],\"total\":2}"));
    }

    [Test]
    public async Task An_unparsable_upid_and_an_unknown_task_are_400s()
    {
        using var garbage = await _http.GetAsync("/nodes/pve/tasks/not-a-upid/status");
        using var unknown = await _http.GetAsync($"/nodes/pve/tasks/{Uri.EscapeDataString(Upid.Create("pve", 1, 1, 1, "qmstop", "1", "a@pve").ToString())}/log");

        Assert.That(garbage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await garbage.Content.ReadAsStringAsync(), Does.Contain("\"upid\":\"unable to parse worker upid\""));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("\"upid\":\"no such task\""));
    }

    [Test]
    public async Task An_upload_with_the_wrong_extension_is_a_400_on_filename()
    {
        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/storage/local/upload", Multipart("iso", "notes.txt"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"errors\":{\"filename\":\"wrong file extension\"}"));
        Assert.That(Directory.EnumerateFiles(State.FilesDirectory, "*", SearchOption.AllDirectories), Is.Empty, "the spooled file is removed");
    }

    [Test]
    public async Task An_import_upload_names_its_own_extension_error()
    {
        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/storage/local/upload", Multipart("import", "disk.img"));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"filename\":\"invalid filename or wrong extension\""));
    }

    [Test]
    public async Task The_file_part_must_be_named_filename()
    {
        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/storage/local/upload", Multipart("iso", "arch.iso", fileField: "file"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
        Assert.That(response.ReasonPhrase, Is.EqualTo("wrong field name 'file' for file upload, expected 'filename'"));
    }

    [Test]
    public async Task A_chunked_upload_is_refused()
    {
        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/storage/local/upload", new ChunkedContent(Multipart("iso", "arch.iso")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
        Assert.That(response.ReasonPhrase, Does.Contain("chunked transfer encoding is not supported"));
    }

    [Test]
    public async Task Checksum_and_algorithm_come_together()
    {
        using var response = await _http.SendAsync(HttpMethod.Post, "/nodes/pve/storage/local/upload", Multipart("iso", "arch.iso", checksum: "abc"));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"checksum-algorithm\":\"missing property - 'checksum' requires this property\""));
    }

    private static MultipartFormDataContent Multipart(string content, string fileName, string fileField = "filename", string? checksum = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(content), "content" } };
        if (checksum is not null)
        {
            form.Add(new StringContent(checksum), "checksum");
        }

        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("data"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, fileName);
        return form;
    }

    private async Task<JsonDocument> Data(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(document.RootElement.GetProperty("data").GetRawText());
    }

    /// <summary>Wraps content so HttpClient cannot know its length and must send it chunked.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly HttpContent _inner;

        public ChunkedContent(HttpContent inner)
        {
            _inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
