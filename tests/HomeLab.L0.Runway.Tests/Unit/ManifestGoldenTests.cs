using System.Text.Json;
using HomeLab.L0.Runway.Output;
using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tests.Support;

namespace HomeLab.L0.Runway.Tests.Unit;

/// <summary>
/// The runway manifest, byte for byte, against a golden file: every reader of artifacts/l0/runway_manifest.json sees any
/// change here. It keeps the original tooling's fields beside HomeLab's own, so a CI step written for the original keeps
/// working.
/// </summary>
public sealed class ManifestGoldenTests
{
    private static readonly string GoldenFile = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "runway_manifest.json");

    // A run that reaches L1: packer is missing (a reason), terraform too (a warning: L2 is not reached).
    private static RunwayResult Run() => new()
    {
        Status = RunwayStatus.Fail,
        ProxmoxHost = "pve.lan:8006",
        ApiUrl = "https://pve.lan:8006/api2/json",
        Node = "polaris",
        PveVersion = "9.2.11",
        Bridge = "vmbr0",
        Storage = new StorageReport(
            new StorageFigures("local", 3 * FakeApi.GiB, FakeApi.GiB, 1_234_567_890),
            new StorageFigures("local-lvm", 100 * FakeApi.GiB, 12 * FakeApi.GiB, 88 * FakeApi.GiB))
        {
            IsoName = "local",
            VmName = "local-lvm",
        },
        Tools =
        [
            new ToolReport("packer", "L1 Templates", false, null, null),
            new ToolReport("terraform", "L2 Instances", false, null, null) { Required = false },
            new ToolReport("ssh", "L3 OS and L4 Workloads", true, "/usr/bin/ssh", "OpenSSH_9.2p1") { Required = false },
        ],
        Checks =
        [
            CheckResult.Ok("Node", "node 'polaris' is online"),
            CheckResult.From("Bridge", [], ["Bridge \"vmbr0\" is not active — café\u0007."], ""),
            CheckResult.Fail("Tool packer", "packer not found on PATH (needed by L1 Templates)."),
            CheckResult.From("Tool terraform", [], ["terraform not found on PATH (needed by L2 Instances, which this run does not reach)."], ""),
            CheckResult.Ok("Tool ssh", "OpenSSH_9.2p1 at /usr/bin/ssh"),
        ],
        Failures = ["packer not found on PATH (needed by L1 Templates)."],
        Notes =
        [
            "Bridge \"vmbr0\" is not active — café\u0007.",
            "terraform not found on PATH (needed by L2 Instances, which this run does not reach).",
        ],
        GeneratedAt = new DateTimeOffset(2026, 3, 4, 6, 6, 7, TimeSpan.FromHours(1)),
    };

    [Test]
    public void The_manifest_is_exactly_the_golden_file()
    {
        Assert.That(File.Exists(GoldenFile), Is.True, $"{GoldenFile} is missing: the test project copies Golden/ beside its assembly.");

        Assert.That(RunwayJson.Serialize(Run()) + "\n", Is.EqualTo(File.ReadAllText(GoldenFile).ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_reader_of_the_original_manifest_finds_its_fields()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(GoldenFile));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("runway_status").GetString(), Is.EqualTo("FAIL"));
            Assert.That(root.GetProperty("proxmox").GetProperty("host").GetString(), Is.EqualTo("pve.lan:8006"));
            Assert.That(root.GetProperty("proxmox").GetProperty("node").GetString(), Is.EqualTo("polaris"));
            Assert.That(root.GetProperty("network").GetProperty("bridge").GetString(), Is.EqualTo("vmbr0"));
            Assert.That(root.GetProperty("storage").GetProperty("iso").GetProperty("name").GetString(), Is.EqualTo("local"));
            Assert.That(root.GetProperty("storage").GetProperty("iso").GetProperty("free_gib").GetDouble(), Is.EqualTo(1.15));
            Assert.That(root.GetProperty("storage").GetProperty("vm").GetProperty("name").GetString(), Is.EqualTo("local-lvm"));
            Assert.That(root.GetProperty("storage").GetProperty("vm").GetProperty("free_pct").GetDouble(), Is.EqualTo(88));
            Assert.That(root.GetProperty("failures").EnumerateArray().Select(f => f.GetString()),
                Is.EqualTo(new[] { "packer not found on PATH (needed by L1 Templates)." }));
            Assert.That(root.GetProperty("notes").EnumerateArray().Select(n => n.ValueKind), Is.EqualTo(new[] { JsonValueKind.String, JsonValueKind.String }));
        });
    }

    [Test]
    public void Warnings_are_apart_from_failures_and_each_tool_says_whether_this_run_requires_it()
    {
        using var json = JsonDocument.Parse(RunwayJson.Serialize(Run()));
        var root = json.RootElement;

        Assert.That(root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(new[]
        {
            "Bridge \"vmbr0\" is not active — café\u0007.",
            "terraform not found on PATH (needed by L2 Instances, which this run does not reach).",
        }));
        Assert.That(root.GetProperty("tools").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("required").GetBoolean())),
            Is.EqualTo(new[] { ("packer", true), ("terraform", false), ("ssh", false) }));
    }
}
