using HomeLab.Tools.Docker;
using Spectre.Console;

namespace HomeLab.Tools.Tests.Docker;

/// <summary>Reading both Composes' container lists, and the stack state's table and JSON.</summary>
public class ComposeStateTests
{
    private static readonly Func<string, string> Mask = text => text.Replace("s3cret-value", "[REDACTED]", StringComparison.Ordinal);

    [Test]
    public void Compose_v2s_older_json_array_with_publishers_is_read()
    {
        var json = """
            [{"ID":"a1","Name":"gatus-web-1","Service":"web","State":"running","Health":"","Image":"twinproduction/gatus",
              "Publishers":[{"URL":"0.0.0.0","TargetPort":8080,"PublishedPort":8080,"Protocol":"tcp"},{"URL":"","TargetPort":9090,"PublishedPort":0,"Protocol":"tcp"}]}]
            """;

        var container = ComposePsJson.Parse([json], Mask).Single();

        Assert.That($"{container.Service}|{container.Name}|{container.State}|{container.Status}|{container.Health ?? "-"}|{container.Image}|{container.Id}",
            Is.EqualTo("web|gatus-web-1|running|running|-|twinproduction/gatus|a1"));
        Assert.That(container.Ports, Is.EqualTo(new[] { "0.0.0.0:8080->8080/tcp", "9090/tcp" }));
    }

    [Test]
    public void Docker_inspects_template_output_is_read_with_health_exit_codes_and_ports()
    {
        string[] lines =
        [
            """{"id":"b2","name":"/demo_worker_1","service":"worker","image":"busybox","state":{"Status":"exited","ExitCode":3},"ports":{}}""",
            """{"id":"a1","name":"/demo_web_1","service":"web","image":"busybox","state":{"Status":"running","ExitCode":0,"Health":{"Status":"unhealthy"}},"ports":{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}],"443/tcp":null}}""",
        ];

        var containers = DockerInspectContainers.Parse(lines, Mask);

        Assert.That(containers.Select(c => $"{c.Service}|{c.Name}|{c.State}|{c.Status}|{c.Health}|{string.Join(",", c.Ports)}|{c.IsRunning}"), Is.EqualTo(new[]
        {
            "web|demo_web_1|running|running (unhealthy)|unhealthy|0.0.0.0:8080->80/tcp,443/tcp|False",
            "worker|demo_worker_1|exited|exited (3)|||False",
        }));
        Assert.That(DockerInspectContainers.Template, Does.Not.Contain(".Config.Env"), "the environment never leaves docker");
    }

    [Test]
    public void Unreadable_json_is_a_json_error_for_the_runner_to_turn_into_one_line()
    {
        Assert.That(() => ComposePsJson.Parse(["NAME  IMAGE  STATUS"], Mask), Throws.InstanceOf<System.Text.Json.JsonException>());
        Assert.That(ComposePsJson.Parse([], Mask), Is.Empty);
    }

    [Test]
    public void Stacks_are_written_as_json_and_shown_as_a_table_sorted_by_host_and_stack()
    {
        var up = new ComposeStackState([Container("web", "running"), Container("worker", "running")]);
        var half = new ComposeStackState([Container("app", "running"), Container("db", "exited")]);
        ComposeStackReport[] stacks = [new("docker2", "gatus", up), new("docker1", "pihole", half), new("docker1", "empty", new ComposeStackState([]))];

        var json = ComposeStacksJson.ToJson(stacks);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 160;
        new ComposeStacksConsoleRenderer(console).Render(stacks);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var written = document.RootElement.GetProperty("stacks").EnumerateArray()
            .Select(s => $"{s.GetProperty("host").GetString()}/{s.GetProperty("stack").GetString()} up={s.GetProperty("up").GetBoolean()} {s.GetProperty("summary").GetString()} n={s.GetProperty("containers").GetArrayLength()}")
            .ToList();
        Assert.That(written, Is.EqualTo(new[]
        {
            "docker1/empty up=False no containers n=0",
            "docker1/pihole up=False 1/2 running (not running: db) n=2",
            "docker2/gatus up=True 2/2 running n=2",
        }));
        Assert.That(json, Does.Contain("\"ports\": []").And.Contain("\"health\": null").And.Contain("\"name\": \"gatus_web_1\""));
        Assert.That(output.ToString(), Does.Contain("L4 stacks").And.Contain("pihole").And.Contain("no containers")
            .And.Contain("L4 stacks: 3 stacks, 1 up; 3/4 containers running"));
    }

    private static DockerComposeContainer Container(string service, string state) =>
        new(service, $"gatus_{service}_1", state, state, null, [], "busybox", service + "-id");
}
