using System.Net;
using System.Text;
using System.Text.Json;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Simulator;

/// <summary>PUT …/qemu/{vmid}/resize on the wire: body encodings, the schema's 400s, the 403, skiplock and digest.</summary>
public class ResizeWireTests : SimulatorTest
{
    private const string Resize = "/nodes/pve/qemu/100/resize";

    private RawHttp _http = null!;

    [SetUp]
    public void CreateHttpAndVm()
    {
        _http = new RawHttp(Simulator);
        Pve.AddVm(100, "web").Set("scsi0", "local-lvm:vm-100-disk-0,size=8G");
    }

    [TearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task A_form_body_answers_the_resize_tasks_upid()
    {
        using var response = await PutFormAsync(("disk", "scsi0"), ("size", "+8G"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var upid = await DataStringAsync(response);
        Assert.That(upid, Does.Match("^UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:resize:100:"));
        await WaitAsync(Upid.Parse(upid));
        Assert.That(Pve.Vm(100).Get("scsi0"), Is.EqualTo("local-lvm:vm-100-disk-0,size=16G"));
    }

    [Test]
    public async Task A_json_body_is_read_as_well()
    {
        using var content = new StringContent("""{"disk":"scsi0","size":"10G"}""", Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(HttpMethod.Put, Resize, content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await WaitAsync(Upid.Parse(await DataStringAsync(response)));
        Assert.That(Pve.Vm(100).Get("scsi0"), Is.EqualTo("local-lvm:vm-100-disk-0,size=10G"));
    }

    [Test]
    public async Task Bad_parameters_are_400_listing_each_one()
    {
        using var response = await PutFormAsync(("disk", "scsi31"), ("size", "-1G"), ("digest", new string('a', 41)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.ReasonPhrase, Is.EqualTo("Parameter verification failed."));
        var errors = await ErrorsAsync(response);
        Assert.That(errors["disk"], Does.StartWith("value 'scsi31' does not have a value in the enumeration 'ide0, ide1, ide2, ide3, scsi0, scsi1,"));
        Assert.That(errors["disk"], Does.EndWith("scsi30, virtio0, virtio1, virtio2, virtio3, virtio4, virtio5, virtio6, virtio7, virtio8, virtio9, virtio10, virtio11, virtio12, virtio13, virtio14, virtio15, sata0, sata1, sata2, sata3, sata4, sata5, efidisk0, tpmstate0'"));
        Assert.That(errors["size"], Is.EqualTo("value does not match the regex pattern"));
        Assert.That(errors["digest"], Is.EqualTo("value may only be 40 characters long"));
        Assert.That(State.Tasks, Is.Empty);
    }

    [TestCase("32g")]
    [TestCase("32GB")]
    [TestCase("+.5G")]
    public async Task Sizes_outside_the_pattern_are_refused(string size)
    {
        using var response = await PutFormAsync(("disk", "scsi0"), ("size", size));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ErrorsAsync(response))["size"], Is.EqualTo("value does not match the regex pattern"));
    }

    [Test]
    public async Task Disk_and_size_are_required()
    {
        using var response = await PutFormAsync();

        var errors = await ErrorsAsync(response);
        Assert.That(errors, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["disk"] = "property is missing and it is not optional",
            ["size"] = "property is missing and it is not optional",
        }));
    }

    [Test]
    public async Task Skiplock_is_for_root_only()
    {
        using var response = await PutFormAsync(("disk", "scsi0"), ("size", "+1G"), ("skiplock", "1"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorsAsync(response), Is.EquivalentTo(new Dictionary<string, string> { ["skiplock"] = "Only root may use this option." }));
    }

    [Test]
    public async Task The_permission_check_comes_first_even_for_a_vm_that_does_not_exist()
    {
        State.DefaultToken.Revoke("/vms", "VM.Config.Disk");

        using var response = await _http.SendAsync(HttpMethod.Put, "/nodes/pve/qemu/4242/resize", Form(("disk", "nope")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(),
            Is.EqualTo("{\"data\":null,\"message\":\"Permission check failed (/vms/4242, VM.Config.Disk)\\n\"}"));
    }

    [Test]
    public async Task A_stale_digest_fails_the_task_and_the_current_one_passes()
    {
        var digest = await DigestAsync();
        Pve.Vm(100).Set("description", "changed meanwhile");

        using var stale = await PutFormAsync(("disk", "scsi0"), ("size", "+1G"), ("digest", digest));
        var error = Assert.ThrowsAsync<ProxmoxTaskFailedException>(async () => await WaitAsync(Upid.Parse(await DataStringAsync(stale))));
        using var current = await PutFormAsync(("disk", "scsi0"), ("size", "+1G"), ("digest", await DigestAsync()));
        await WaitAsync(Upid.Parse(await DataStringAsync(current)));

        Assert.That(error!.ExitStatus, Is.EqualTo("checksum missmatch (file change by other user?)"));
        Assert.That(Pve.Vm(100).Get("scsi0"), Is.EqualTo("local-lvm:vm-100-disk-0,size=9G"));
    }

    private Task<HttpResponseMessage> PutFormAsync(params (string Name, string Value)[] fields) =>
        _http.SendAsync(HttpMethod.Put, Resize, Form(fields));

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private async Task<string> DigestAsync() => (await Client.GetVmConfigAsync("pve", 100)).Digest!;

    private static async Task<string> DataStringAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetString()!;
    }

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
