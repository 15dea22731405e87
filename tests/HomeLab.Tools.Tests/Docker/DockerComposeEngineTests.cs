using System.Diagnostics;
using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Docker;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Docker;

/// <summary>
/// The wrapper against a real Docker engine started by the tests, with the Compose this machine has (Debian's
/// docker-compose 1.29: the docker CLI has no plugin, so this proves the fallback): up, ps, logs and down of a
/// two-service stack on the engine's socket and over <c>ssh://</c>, with a secret that reaches the container through
/// <c>${VAR}</c> interpolation and nowhere else.
/// </summary>
[Platform(Exclude = "Win", Reason = "dockerd and sshd are Linux programs.")]
[NonParallelizable]
public class DockerComposeEngineTests
{
    private const string SecretVariable = "HL_GREETING";
    private const string Secret = "engine-4b2f-compose-secret";

    private const string ComposeFile = """
        services:
          web:
            image: homelab-test/busybox:1
            network_mode: none
            init: true
            environment:
              GREETING: ${HL_GREETING}
            command: ["sh", "-c", "echo ready $$GREETING; sleep 3600"]
          worker:
            image: homelab-test/busybox:1
            network_mode: none
            init: true
            command: ["sh", "-c", "echo worker up; sleep 3600"]
        """;

    private const string OrphanFile = """
        services:
          old:
            image: homelab-test/busybox:1
            network_mode: none
            init: true
            command: ["sleep", "3600"]
        """;

    private DockerEngineFixture _engine = null!;
    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private CapturingLog _log = null!;
    private ICakeContext _context = null!;
    private List<string> _sink = null!;

    [OneTimeSetUp]
    public void StartEngine()
    {
        ProgramLocator.Require("docker-compose", "docker-compose");
        _engine = DockerEngineFixture.Start();
    }

    [OneTimeTearDown]
    public void StopEngine() => _engine?.Dispose();

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory("homelab-compose-real-");
        _scope = new EnvironmentScope();
        _scope.Set(SecretVariable, null).Set("DOCKER_HOST", null).Set("COMPOSE_PROJECT_NAME", null).Set("COMPOSE_FILE", null);
        _log = new CapturingLog();
        _sink = [];
        _context = RealCakeContext.Create(_log, _temp.Directory("work"));
        _temp.File("stack/compose.yaml", ComposeFile);
        _temp.File("stack/orphan.yaml", OrphanFile);
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Up_ps_logs_and_down_through_docker_compose_v1_on_the_engines_socket()
    {
        var withOrphan = Stack("hl-local", _engine.DockerHost, "compose.yaml", "orphan.yaml");
        var stack = Stack("hl-local", _engine.DockerHost, "compose.yaml");

        var described = _context.DockerComposeDescribe(new DockerComposeUpSettings { Detach = true }, stack);
        _context.DockerComposeUp(Output(new DockerComposeUpSettings { Detach = true }), withOrphan);
        var withOrphanContainers = _engine.ProjectContainers("hl-local");
        _context.DockerComposeUp(Output(new DockerComposeUpSettings { Detach = true, RemoveOrphans = true }), stack);
        var containers = _context.DockerComposePs(Output(new DockerComposePsSettings()), stack);
        var state = _context.DockerComposeState(stack);
        var logs = _context.DockerComposeLogs(Output(new DockerComposeLogsSettings { NoColor = true }), stack);
        var webLog = _context.DockerComposeLogs(Output(new DockerComposeLogsSettings { NoColor = true, Tail = 1 }), stack, "web");
        var greeting = _engine.DockerOrThrow("exec", "hl-local_web_1", "sh", "-c", "echo \"$GREETING\"");
        var clock = Stopwatch.StartNew();
        _context.DockerComposeDown(Output(new DockerComposeDownSettings { RemoveOrphans = true }), stack);
        var downTime = clock.Elapsed;
        var afterDown = _context.DockerComposePs(Output(new DockerComposePsSettings { All = true }), stack);

        Assert.Multiple(() =>
        {
            Assert.That(described.Cli, Is.EqualTo(ComposeCli.Standalone), "this machine has only docker-compose v1");
            Assert.That(described.ToString(), Does.StartWith("/usr/bin/docker-compose --file ")
                .And.Contain(" --project-name \"hl-local\" up --detach (Compose v1 (docker-compose), detected: the docker CLI has no compose plugin;")
                .And.EndWith("environment: DOCKER_HOST, HL_GREETING)"));
            Assert.That(withOrphanContainers, Is.EqualTo(new[] { "hl-local_old_1 running", "hl-local_web_1 running", "hl-local_worker_1 running" }));
            Assert.That(containers.Select(c => $"{c.Service} {c.Name} {c.State} {c.Image}"), Is.EqualTo(new[]
            {
                "web hl-local_web_1 running homelab-test/busybox:1",
                "worker hl-local_worker_1 running homelab-test/busybox:1",
            }), "--remove-orphans removed old");
            Assert.That(state.IsUp, Is.True);
            Assert.That(state.Summary, Is.EqualTo("2/2 running"));
            Assert.That(greeting, Is.EqualTo(Secret), "the secret reached the container through ${HL_GREETING}");
            Assert.That(logs, Has.Some.EndsWith("| ready [REDACTED]").And.Some.EndsWith("| worker up"));
            Assert.That(webLog.Where(l => l.Contains('|', StringComparison.Ordinal)), Is.EqualTo(new[] { "web_1     | ready [REDACTED]" }));
            Assert.That(downTime, Is.LessThan(TimeSpan.FromSeconds(10)), "init: true lets the containers stop at once, not after the 10 s default timeout");
            Assert.That(afterDown, Is.Empty);
            Assert.That(_engine.ProjectContainers("hl-local"), Is.Empty);
            AssertNoSecret(logs, webLog, containers.Select(c => c.ToString()), [ComposeStacksJson.ToJson([new ComposeStackReport("local", "hl", state)])]);
        });
    }

    [Test]
    public void Up_ps_and_down_through_docker_compose_v1_over_ssh()
    {
        using var ssh = DockerSshHost.Start(_engine.SocketPath);
        var stack = Stack("hl-ssh", ssh.DockerHost, "compose.yaml");
        T Client<T>(T settings)
            where T : DockerComposeCommandSettings
        {
            Output(settings).EnvironmentVariables = new Dictionary<string, string> { ["PATH"] = ssh.ClientPath };
            return settings;
        }

        _context.DockerComposeUp(Client(new DockerComposeUpSettings { Detach = true, RemoveOrphans = true }), stack);
        var onEngine = _engine.ProjectContainers("hl-ssh");
        var containers = _context.DockerComposePs(Client(new DockerComposePsSettings()), stack);
        var greeting = _engine.DockerOrThrow("exec", "hl-ssh_web_1", "sh", "-c", "echo \"$GREETING\"");
        _context.DockerComposeDown(Client(new DockerComposeDownSettings { Timeout = TimeSpan.FromSeconds(5) }), stack);

        Assert.Multiple(() =>
        {
            Assert.That(onEngine, Is.EqualTo(new[] { "hl-ssh_web_1 running", "hl-ssh_worker_1 running" }), "the stack runs on the engine behind sshd");
            Assert.That(containers.Select(c => $"{c.Service} {c.State}"), Is.EqualTo(new[] { "web running", "worker running" }));
            Assert.That(greeting, Is.EqualTo(Secret));
            Assert.That(_engine.ProjectContainers("hl-ssh"), Is.Empty);
            AssertNoSecret(containers.Select(c => c.ToString()));
        });
    }

    private DockerComposeSettings Stack(string project, string dockerHost, params string[] files) => new DockerComposeSettings
    {
        File = files.Select(file => new FilePath(_temp.Combine("stack", file))).ToArray(),
        ProjectName = project,
        DockerHost = dockerHost,
    }.WithSecretEnvironmentVariable(SecretVariable, Secret);

    private T Output<T>(T settings)
        where T : DockerComposeCommandSettings
    {
        settings.OutputLineReceived = _sink.Add;
        return settings;
    }

    private void AssertNoSecret(params IEnumerable<string>[] returned)
    {
        Assert.That(_log.AllText, Does.Not.Contain(Secret));
        Assert.That(_sink, Is.Not.Empty);
        Assert.That(string.Join('\n', _sink), Does.Not.Contain(Secret));
        foreach (var texts in returned)
        {
            Assert.That(string.Join('\n', texts), Does.Not.Contain(Secret));
        }

        Assert.That(Directory.EnumerateFiles(_temp.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Has.None.EqualTo(".env"));
    }
}
