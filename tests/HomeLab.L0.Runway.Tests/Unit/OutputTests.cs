using System.Text.Json;
using HomeLab.L0.Runway.Output;
using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.Testing;
using Spectre.Console;

namespace HomeLab.L0.Runway.Tests.Unit;

public sealed class OutputTests
{
    private static RunwayResult Failed() => new()
    {
        Status = RunwayStatus.Fail,
        ProxmoxHost = "pve.lan:8006",
        ApiUrl = "https://pve.lan:8006/api2/json",
        Node = "pve",
        PveVersion = "9.2.11",
        Bridge = "vmbr0",
        Storage = new StorageReport(new StorageFigures("local", 100 * FakeApi.GiB, 99 * FakeApi.GiB, 1 * FakeApi.GiB), null),
        Tools = [new ToolReport("terraform", "L2 Instances", false, null, null), new ToolReport("ssh", "L3 OS", true, "/usr/bin/ssh", "9.2p1")],
        Checks =
        [
            CheckResult.Ok("Node", "node 'pve' is online"),
            CheckResult.Fail("Tool terraform", "terraform not found on PATH (needed by L2 Instances)."),
            CheckResult.From("Bridge", [], ["Bridge [vmbr0] is not active."], ""),
        ],
        Failures = ["terraform not found on PATH (needed by L2 Instances).", "ISO storage 'local' has [1.0] GiB free."],
        Notes = ["Bridge [vmbr0] is not active."],
        GeneratedAt = new DateTimeOffset(2026, 3, 4, 6, 6, 7, TimeSpan.FromHours(1)),
        RawResponses = new Dictionary<string, string> { ["nodes.json"] = "{\"data\":[{\"node\":\"pve\"}]}" },
    };

    [Test]
    public void The_manifest_uses_snake_case_keys_and_a_utc_timestamp()
    {
        using var json = JsonDocument.Parse(RunwayJson.Serialize(Failed()));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "status", "runway_status", "proxmox", "network", "proxmox_host", "api_url", "node", "pve_version", "bridge", "storage", "tools", "checks",
                "failures", "warnings", "notes", "generated_at",
            }));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("FAIL"));
            Assert.That(root.GetProperty("generated_at").GetString(), Is.EqualTo("2026-03-04T05:06:07Z"));
            var iso = root.GetProperty("storage").GetProperty("iso");
            Assert.That(iso.GetProperty("id").GetString(), Is.EqualTo("local"));
            Assert.That(iso.GetProperty("avail").GetInt64(), Is.EqualTo(FakeApi.GiB));
            Assert.That(iso.GetProperty("free_gib").GetDouble(), Is.EqualTo(1.0));
            Assert.That(iso.GetProperty("free_pct").GetDouble(), Is.EqualTo(1.0));
            Assert.That(root.GetProperty("storage").GetProperty("vm").GetProperty("free_pct").ValueKind, Is.EqualTo(JsonValueKind.Null), "not read");
            Assert.That(root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(new[] { "Bridge [vmbr0] is not active." }));
            Assert.That(root.GetProperty("checks")[1].GetProperty("status").GetString(), Is.EqualTo("FAIL"));
            Assert.That(root.GetProperty("checks")[2].GetProperty("status").GetString(), Is.EqualTo("WARN"));
            Assert.That(root.GetProperty("checks")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "name", "status", "detail" }));
            Assert.That(root.GetProperty("tools")[0].GetProperty("needed_by").GetString(), Is.EqualTo("L2 Instances"));
            Assert.That(root.GetProperty("failures").GetArrayLength(), Is.EqualTo(2));
            Assert.That(RunwayJson.Serialize(Failed()), Does.Contain("\"ISO storage 'local' has [1.0] GiB free.\""), "apostrophes stay readable");
        });
    }

    [Test]
    public void Null_texts_and_nested_objects_are_written_as_null()
    {
        var result = new RunwayResult { Status = RunwayStatus.Ok, GeneratedAt = DateTimeOffset.UnixEpoch };

        using var json = JsonDocument.Parse(RunwayJson.Serialize(result));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(root.GetProperty("proxmox_host").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("bridge").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("proxmox").GetProperty("host").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("network").GetProperty("bridge").ValueKind, Is.EqualTo(JsonValueKind.Null));
            foreach (var storage in new[] { "iso", "vm" })
            {
                var figures = root.GetProperty("storage").GetProperty(storage);
                Assert.That(figures.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "name", "id", "total", "used", "avail", "free_gib", "free_pct" }));
                Assert.That(figures.EnumerateObject().Select(p => p.Value.ValueKind), Is.All.EqualTo(JsonValueKind.Null));
            }

            Assert.That(root.GetProperty("tools").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("generated_at").GetString(), Is.EqualTo("1970-01-01T00:00:00Z"));
        });
    }

    [Test]
    public void The_writer_puts_the_manifest_and_the_raw_answers_side_by_side()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("artifacts", "l0");

        var written = new RunwayManifestWriter().Write(directory, Failed());

        Assert.That(written, Is.EqualTo(new[] { Path.Combine(directory, "runway_manifest.json"), Path.Combine(directory, "nodes.json") }));
        Assert.That(File.ReadAllText(Path.Combine(directory, "nodes.json")), Is.EqualTo("{\"data\":[{\"node\":\"pve\"}]}"));
        Assert.That(File.ReadAllBytes(written[0]), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(RunwayJson.Serialize(Failed()) + "\n")), "UTF-8 without a BOM, one final newline");
    }

    [Test]
    public void The_writer_replaces_an_earlier_runs_files_and_leaves_nothing_beside_the_folder()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("l0");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "network_pve2.json"), "an earlier run's node");

        new RunwayManifestWriter().Write(directory, Failed());

        Assert.That(Directory.GetFiles(directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "runway_manifest.json", "nodes.json" }));
        Assert.That(Directory.GetFileSystemEntries(temp.Path), Is.EqualTo(new[] { directory }), "no staging or old folder is left");
    }

    [Test]
    public void Concurrent_writers_leave_one_runs_files_whole()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("l0");
        var runs = Enumerable.Range(0, 8).Select(run => Failed() with
        {
            Node = $"pve{run}",
            RawResponses = new Dictionary<string, string> { [$"network_pve{run}.json"] = $"{{\"run\":{run}}}", ["nodes.json"] = $"{{\"run\":{run}}}" },
        }).ToList();

        Parallel.ForEach(runs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, run => new RunwayManifestWriter().Write(directory, run));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "runway_manifest.json")));
        var node = manifest.RootElement.GetProperty("node").GetString()!;
        var run = node["pve".Length..];
        Assert.That(Directory.GetFiles(directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "runway_manifest.json", "nodes.json", $"network_{node}.json" }));
        Assert.That(File.ReadAllText(Path.Combine(directory, "nodes.json")), Is.EqualTo($"{{\"run\":{run}}}"), "the raw answers are the manifest's run's");
        Assert.That(Directory.GetFileSystemEntries(temp.Path), Is.EqualTo(new[] { directory }), "no staging or old folder is left");
    }

    [Test]
    public void The_console_shows_the_checks_table_then_the_status_and_every_reason_and_note()
    {
        var (console, output) = Console();

        new RunwayConsoleRenderer(console).Render(Failed());

        var text = output.ToString();
        Assert.That(text, Does.Contain("Check"));
        Assert.That(text, Does.Contain("node 'pve' is online"));
        Assert.That(text, Does.Contain("WARN"));
        Assert.That(text, Does.Contain("FAIL"));
        Assert.That(text, Does.Contain("L0 Runway: FAIL (2 reasons)"));
        Assert.That(text, Does.Contain("- terraform not found on PATH (needed by L2 Instances)."));
        Assert.That(text, Does.Contain("- ISO storage 'local' has [1.0] GiB free."));
        Assert.That(text, Does.Contain("! Bridge [vmbr0] is not active."));
        Assert.That(text.IndexOf("node 'pve' is online", StringComparison.Ordinal), Is.LessThan(text.IndexOf("L0 Runway: FAIL", StringComparison.Ordinal)));
    }

    [Test]
    public void Quiet_shows_only_the_status_line_and_the_reasons()
    {
        var (console, output) = Console();

        new RunwayConsoleRenderer(console).Render(Failed(), quiet: true);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        Assert.That(lines, Is.EqualTo(new[]
        {
            "L0 Runway: FAIL (2 reasons)",
            "  - terraform not found on PATH (needed by L2 Instances).",
            "  - ISO storage 'local' has [1.0] GiB free.",
        }));
    }

    [Test]
    public void A_passing_run_says_ok()
    {
        var (console, output) = Console();

        new RunwayConsoleRenderer(console).Render(Failed() with { Status = RunwayStatus.Ok, Failures = [], Checks = [CheckResult.Ok("Node", "online")] }, quiet: true);

        Assert.That(output.ToString().Trim(), Is.EqualTo("L0 Runway: OK"));
    }

    [Test]
    public void A_passing_run_with_warnings_counts_them_and_lists_them_apart_from_reasons()
    {
        var (console, output) = Console();
        var passed = Failed() with
        {
            Status = RunwayStatus.Ok,
            Failures = [],
            Checks =
            [
                CheckResult.Ok("Node", "node 'pve' is online"),
                CheckResult.From("Tool terraform", [], ["terraform not found on PATH (needed by L2 Instances, which this run does not reach)."], ""),
                CheckResult.From("Bridge", [], ["Bridge [vmbr0] is not active."], ""),
            ],
            Notes = ["terraform not found on PATH (needed by L2 Instances, which this run does not reach).", "Bridge [vmbr0] is not active."],
        };

        new RunwayConsoleRenderer(console).Render(passed);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.That(lines, Does.Contain("L0 Runway: OK (2 warnings)"));
        Assert.That(lines, Does.Contain("  ! terraform not found on PATH (needed by L2 Instances, which this run does not reach)."));
        Assert.That(lines.Where(l => l.StartsWith("  - ", StringComparison.Ordinal)), Is.Empty, "no line reads as a reason");
        Assert.That(lines.Single(l => l.Contains("Tool terraform", StringComparison.Ordinal)), Does.Contain("WARN").And.Not.Contain("FAIL"));
    }

    private static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        return (console, output);
    }
}
