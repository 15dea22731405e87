using HomeLab.L0.Runway.Api;

namespace HomeLab.L0.Runway.Tests.Unit;

public sealed class RawResponseRecorderTests
{
    [TestCase("/version", "pve_version.json")]
    [TestCase("/nodes", "nodes.json")]
    [TestCase("/nodes/pve/network", "network_pve.json")]
    [TestCase("/nodes/pve/storage", "storages_pve.json")]
    [TestCase("/nodes/pve/storage/local-lvm/status", "storage_local-lvm.json")]
    [TestCase("/access/permissions", "permissions.json")]
    [TestCase("/nodes/pve/network?type=bridge", "network_pve.json")]
    [TestCase("/cluster/nextid", "cluster_nextid.json")]
    [TestCase("/nodes/a%2F..%2Fb/network", "network_a_.._b.json")]
    public void Each_resource_has_its_file_name(string resource, string fileName) =>
        Assert.That(RawResponseRecorder.FileNameFor(resource), Is.EqualTo(fileName));

    [Test]
    public void The_last_body_of_a_resource_is_kept()
    {
        var recorder = new RawResponseRecorder();
        recorder.Record("/version", "{\"data\":1}");
        recorder.Record("/version", "{\"data\":2}");
        recorder.Record("/nodes", "{\"data\":[]}");

        Assert.That(recorder.Snapshot(), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["pve_version.json"] = "{\"data\":2}",
            ["nodes.json"] = "{\"data\":[]}",
        }));
    }
}
