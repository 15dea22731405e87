using System.Text.Json.Nodes;
using HomeLab.L2.Instances.Drift;
using HomeLab.Testing;

namespace HomeLab.L2.Instances.Tests.Unit;

public class DriftOutputTests
{
    private static readonly PersonaId Docker = new("ubuntu", "docker");

    private static readonly DriftReport Report = new(
        [
            new HostDrift(Docker, "carrie", "maturin", HostDriftState.Matches, 101, "maturin", [], null),
            new HostDrift(Docker, "misery", "maturin", HostDriftState.Differs, 102, "maturin",
                [new DriftDifference("cpu", "4", "2"), new DriftDifference("tags", "docker;ubuntu", "docker")], null),
            new HostDrift(Docker, "patricia", "maturin", HostDriftState.Missing, null, null, [], null),
            new HostDrift(Docker, "roland", "gilead", HostDriftState.Unknown, null, null, [], "node gilead is offline"),
        ],
        [new UnclaimedVm(Docker, "maturin", 150, "old-docker", ["docker", "ubuntu"])]);

    [Test]
    public void The_console_shows_a_row_per_host_the_unclaimed_vms_and_a_summary()
    {
        var console = new TestConsole();

        new DriftConsoleRenderer(console.Console).Render(Report);

        var lines = console.Text.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Match(@"ubuntu/docker\s+│\s+carrie\s+│\s+maturin\s+│\s+MATCHES\s+│\s+101\s+│"));
            Assert.That(lines, Has.Some.Match(@"misery\s+│\s+maturin\s+│\s+DIFFERS\s+│\s+102\s+│\s+cpu 4 → 2; tags docker;ubuntu → docker"));
            Assert.That(lines, Has.Some.Match(@"patricia\s+│\s+maturin\s+│\s+MISSING\s+│\s+-\s+│\s+Terraform would create it"));
            Assert.That(lines, Has.Some.Match(@"roland\s+│\s+gilead\s+│\s+UNKNOWN\s+│\s+-\s+│\s+node gilead is offline"));
            Assert.That(lines, Has.Some.Match(@"ubuntu/docker\s+│\s+maturin\s+│\s+150\s+│\s+old-docker\s+│\s+docker;ubuntu"));
            Assert.That(lines, Has.Some.EqualTo("L2 drift: 4 hosts: 1 matches, 1 differs, 1 missing, 1 unknown; 1 unclaimed VM"));
        });
    }

    [Test]
    public void A_clean_report_has_no_unclaimed_table()
    {
        var console = new TestConsole();

        new DriftConsoleRenderer(console.Console).Render(new DriftReport([Report.Hosts[0]], []));

        Assert.That(console.Text, Does.Not.Contain("no spec names"));
        Assert.That(console.Text, Does.Contain("L2 drift: 1 host: 1 matches, 0 differs, 0 missing, 0 unknown; 0 unclaimed VMs"));
    }

    [Test]
    public void The_json_has_a_summary_every_host_and_the_unclaimed_vms()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("artifacts", "l2", "drift.json");

        DriftJsonWriter.Write(path, Report, new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.FromHours(1)));

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Multiple(() =>
        {
            Assert.That(json["generated_at"]!.GetValue<string>(), Is.EqualTo("2026-11-26T12:00:00Z"));
            Assert.That(json["summary"]!.ToJsonString(), Is.EqualTo("{\"matches\":1,\"differs\":1,\"missing\":1,\"unknown\":1,\"unclaimed\":1}"));
            Assert.That(json["hosts"]![1]!.ToJsonString(), Is.EqualTo(
                "{\"os\":\"ubuntu\",\"persona\":\"docker\",\"host\":\"misery\",\"node\":\"maturin\",\"state\":\"differs\",\"vmid\":102," +
                "\"actual_node\":\"maturin\",\"differences\":[{\"field\":\"cpu\",\"expected\":\"4\",\"actual\":\"2\"}," +
                "{\"field\":\"tags\",\"expected\":\"docker;ubuntu\",\"actual\":\"docker\"}],\"reason\":null}"));
            Assert.That(json["hosts"]![3]!["reason"]!.GetValue<string>(), Is.EqualTo("node gilead is offline"));
            Assert.That(json["hosts"]![3]!["vmid"], Is.Null);
            Assert.That(json["unclaimed"]!.ToJsonString(), Is.EqualTo(
                "[{\"os\":\"ubuntu\",\"persona\":\"docker\",\"node\":\"maturin\",\"vmid\":150,\"name\":\"old-docker\",\"tags\":[\"docker\",\"ubuntu\"]}]"));
            Assert.That(Directory.GetFiles(temp.Combine("artifacts", "l2")), Has.Length.EqualTo(1), "no temporary file is left");
        });
    }
}
