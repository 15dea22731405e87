using System.Text;
using System.Text.Json.Nodes;
using HomeLab.Testing;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Recap;
using Spectre.Console;

namespace HomeLab.Tools.Tests.Ansible;

/// <summary>The recap as a console table and as recap.json.</summary>
public class AnsibleRecapOutputTests
{
    private static readonly AnsibleRecap Recap = new(
    [
        new AnsibleHostRecap("carrie", 12, 0, 0, 0, 3, 0, 0),
        new AnsibleHostRecap("misery", 10, 4, 0, 0, 1, 1, 2),
        new AnsibleHostRecap("flagg", 5, 1, 0, 1, 0, 0, 0),
        new AnsibleHostRecap("gone", 0, 0, 1, 0, 0, 0, 0),
    ]);

    [Test]
    public void The_console_shows_a_row_per_host_with_its_outcome_and_counts_and_a_summary()
    {
        var text = new StringBuilder();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(new StringWriter(text)),
        });
        console.Profile.Width = 200;

        new AnsibleRecapConsoleRenderer(console).Render(Recap, "L4 converge: flagg");

        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Contains("L4 converge: flagg"));
            Assert.That(lines, Has.Some.Match(@"Host\s+│\s+Result\s+│\s+ok\s+│\s+changed\s+│\s+unreachable\s+│\s+failed\s+│\s+skipped\s+│\s+rescued\s+│\s+ignored"));
            Assert.That(lines, Has.Some.Match(@"carrie\s+│\s+OK\s+│\s+12\s+│\s+0\s+│\s+0\s+│\s+0\s+│\s+3\s+│\s+0\s+│\s+0\s+│"));
            Assert.That(lines, Has.Some.Match(@"misery\s+│\s+CHANGED\s+│\s+10\s+│\s+4\s+│\s+0\s+│\s+0\s+│\s+1\s+│\s+1\s+│\s+2\s+│"));
            Assert.That(lines, Has.Some.Match(@"flagg\s+│\s+FAILED\s+│\s+5\s+│\s+1\s+│\s+0\s+│\s+1\s+│"));
            Assert.That(lines, Has.Some.Match(@"gone\s+│\s+UNREACHABLE\s+│\s+0\s+│\s+0\s+│\s+1\s+│"));
            Assert.That(lines, Has.Some.EqualTo("PLAY RECAP: 4 hosts: 1 ok, 1 changed, 1 failed, 1 unreachable"));
        });
    }

    [Test]
    public void The_json_has_the_run_a_summary_and_every_host()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("artifacts", "l4", "recap.json");
        var result = new AnsiblePlaybookResult("ansible/l4/converge.yaml", 4, Recap, [], Check: true);

        AnsibleRecapJsonWriter.Write(path, result, new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.FromHours(1)));

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["generated_at"], Is.EqualTo("2026-12-02T12:00:00Z"));
            Assert.That((string?)json["playbook"], Is.EqualTo("ansible/l4/converge.yaml"));
            Assert.That((int)json["exit_code"]!, Is.EqualTo(4));
            Assert.That((bool)json["check"]!, Is.True);
            Assert.That((bool)json["succeeded"]!, Is.False);
            Assert.That(json["summary"]!.ToJsonString(), Is.EqualTo("""{"hosts":4,"ok":1,"changed":1,"failed":1,"unreachable":1}"""));
            Assert.That(json["hosts"]![1]!.ToJsonString(), Is.EqualTo(
                """{"host":"misery","outcome":"changed","ok":10,"changed":4,"unreachable":0,"failed":0,"skipped":1,"rescued":1,"ignored":2}"""));
            Assert.That(json["hosts"]!.AsArray().Select(h => (string?)h!["outcome"]), Is.EqualTo(new[] { "ok", "changed", "failed", "unreachable" }));
            Assert.That(Directory.GetFiles(temp.Combine("artifacts", "l4")), Has.Length.EqualTo(1), "no temporary file is left");
        });
    }
}
