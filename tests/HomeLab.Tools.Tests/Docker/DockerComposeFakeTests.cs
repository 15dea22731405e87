using Cake.Core;
using Cake.Core.IO;
using HomeLab.Testing;
using HomeLab.Tools.Docker;
using Path = System.IO.Path;

namespace HomeLab.Tools.Tests.Docker;

/// <summary>
/// The argument shapes of both Composes, the detection between them and the one-line errors, through Cake's real
/// ProcessRunner against fake docker and docker-compose scripts that are alone on PATH.
/// </summary>
[Platform(Exclude = "Win", Reason = "The fakes are bash scripts.")]
public class DockerComposeFakeTests
{
    private const string SecretVariable = "HL_FAKE_SECRET";
    private const string Secret = "fake-7d1e-compose-secret";

    private TempDirectory _temp = null!;
    private EnvironmentScope _scope = null!;
    private CapturingLog _log = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory("homelab-compose-fake-");
        _scope = new EnvironmentScope();
        _scope.Set(SecretVariable, null).Set("DOCKER_HOST", null);
        _log = new CapturingLog();
    }

    [TearDown]
    public void TearDown()
    {
        _scope.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void The_plugin_runs_when_docker_has_it_asked_once_per_context_with_every_argument_in_its_place()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: true, plugin: true, standalone: true, SecretVariable);
        var context = ContextOn(fake);
        var compose = Stack();
        var up = new DockerComposeUpSettings
        {
            Detach = true, RemoveOrphans = true, ForceRecreate = true, Build = true, Timeout = TimeSpan.FromSeconds(29.5), Wait = true,
            ToolTimeout = TimeSpan.FromMinutes(5), // a ToolSettings property: never an argument
        };

        var described = context.DockerComposeDescribe(up, compose, "web");
        context.DockerComposeUp(up, compose, "web");
        context.DockerComposePull(new DockerComposePullSettings { Quiet = true, IgnorePullFailures = true }, compose);
        var logs = context.DockerComposeLogs(new DockerComposeLogsSettings { Tail = 5, Timestamps = true, NoColor = true }, compose, "web", "worker");
        var containers = context.DockerComposePs(new DockerComposePsSettings { All = true }, compose);
        context.DockerComposeDown(new DockerComposeDownSettings { RemoveOrphans = true, Timeout = TimeSpan.FromSeconds(3), Volumes = true }, compose);

        var docker = Path.Combine(fake.BinDirectory, "docker");
        var global = $"compose --file \"{_temp.Combine("stack", "compose.yaml")}\" --file \"{_temp.Combine("stack", "extra.yaml")}\" " +
                     $"--project-name \"demo\" --project-directory \"{_temp.Combine("stack")}\" " +
                     $"--env-file \"{_temp.Combine("stack", "a.env")}\" --env-file \"{_temp.Combine("stack", "b.env")}\" --profile \"debug\"";
        Assert.That(described.CommandLine, Is.EqualTo($"{docker} {global} up --detach --remove-orphans --force-recreate --build --timeout 30 --wait \"web\""));
        Assert.That(described.Cli, Is.EqualTo(ComposeCli.Plugin));
        Assert.That(described.ToString(), Does.Contain("(Compose v2 plugin (docker compose), detected; in ").And.Contain("environment: DOCKER_HOST, HL_FAKE_SECRET)"));

        var calls = fake.Calls().Select(call => string.Join(' ', call)).ToList();
        var expectedGlobal = global.Replace("\"", string.Empty, StringComparison.Ordinal);
        Assert.That(calls, Is.EqualTo(new[]
        {
            "docker compose version",
            $"docker {expectedGlobal} up --detach --remove-orphans --force-recreate --build --timeout 30 --wait web",
            $"docker {expectedGlobal} pull --quiet --ignore-pull-failures",
            $"docker {expectedGlobal} logs --no-color --timestamps --tail 5 web worker",
            $"docker {expectedGlobal} ps --format json --all",
            $"docker {expectedGlobal} down --remove-orphans --timeout 3 --volumes",
        }), "the plugin probe ran once for the whole context, before the first command");
        Assert.That(fake.DockerHosts().Distinct(), Is.EqualTo(new[] { "ssh://root@10.0.0.5" }));

        Assert.That(logs, Is.EqualTo(new[] { "fake compose " + expectedGlobal + " logs --no-color --timestamps --tail 5 web worker secret=[REDACTED]" }));
        Assert.That(containers.Select(c => $"{c.Service} {c.Name} {c.State} {c.Health} {string.Join(",", c.Ports)} {c.IsRunning}"), Is.EqualTo(new[]
        {
            "web demo-web-1 running healthy 0.0.0.0:8080->80/tcp,443/tcp True",
            "worker demo-worker-1 exited   False",
        }));
        Assert.That(_log.AllText, Does.Contain("secret=[REDACTED]").And.Not.Contain(Secret));
    }

    [Test]
    public void Without_the_plugin_docker_compose_v1_runs_with_the_same_flags()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: true, plugin: false, standalone: true, SecretVariable);
        var context = ContextOn(fake);
        var compose = new DockerComposeSettings { File = [new FilePath("stack/compose.yaml")], ProjectName = "demo" };

        var described = context.DockerComposeDescribe(new DockerComposeUpSettings { Detach = true }, compose);
        context.DockerComposeUp(new DockerComposeUpSettings { Detach = true, RemoveOrphans = true }, compose);
        context.DockerComposeDown(new DockerComposeDownSettings(), compose);

        Assert.That(described.Cli, Is.EqualTo(ComposeCli.Standalone));
        Assert.That(described.CommandLine, Is.EqualTo($"{Path.Combine(fake.BinDirectory, "docker-compose")} --file \"{_temp.Combine("stack", "compose.yaml")}\" --project-name \"demo\" up --detach"));
        Assert.That(described.ToString(), Does.Contain("Compose v1 (docker-compose), detected: the docker CLI has no compose plugin"));
        Assert.That(fake.Calls().Select(call => string.Join(' ', call)), Is.EqualTo(new[]
        {
            "docker compose version",
            $"docker-compose --file {_temp.Combine("stack", "compose.yaml")} --project-name demo up --detach --remove-orphans",
            $"docker-compose --file {_temp.Combine("stack", "compose.yaml")} --project-name demo down",
        }));
    }

    [Test]
    public void What_v1_cannot_do_is_refused_in_one_line_before_it_runs()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: true, plugin: false, standalone: true, SecretVariable);
        var context = ContextOn(fake);

        var envFiles = Message(() => context.DockerComposeUp(new DockerComposeUpSettings(), Stack()));
        var wait = Message(() => context.DockerComposeUp(new DockerComposeUpSettings { Wait = true }, new DockerComposeSettings()));

        Assert.That(envFiles, Is.EqualTo("docker-compose (v1) takes one --env-file, not 2; merge them or use the docker compose plugin (v2)."));
        Assert.That(wait, Is.EqualTo("DockerComposeUpSettings.Wait (--wait) needs the docker compose plugin (v2); docker-compose (v1) has no --wait."));
        Assert.That(fake.Calls().Select(call => call[0]), Is.EqualTo(new[] { "docker" }), "only the probe ran");
    }

    [Test]
    public void A_set_compose_command_is_used_without_probing()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: true, plugin: true, standalone: true, SecretVariable);
        var context = ContextOn(fake);

        context.DockerComposeDown(new DockerComposeDownSettings(), new DockerComposeSettings { ComposeCommand = ComposeCli.Standalone });
        var plugin = context.DockerComposeDescribe(new DockerComposeDownSettings(), new DockerComposeSettings { ComposeCommand = ComposeCli.Plugin });

        Assert.That(fake.Calls().Select(call => string.Join(' ', call)), Is.EqualTo(new[] { "docker-compose down" }));
        Assert.That(plugin.ToString(), Does.StartWith($"{Path.Combine(fake.BinDirectory, "docker")} compose down (Compose v2 plugin (docker compose), set in settings;"));
    }

    [Test]
    public void A_failure_is_one_line_with_composes_error_and_no_secret()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: false, plugin: false, standalone: true, SecretVariable, exitCode: 1);
        var context = ContextOn(fake);

        var message = Message(() => context.DockerComposeUp(new DockerComposeUpSettings(), new DockerComposeSettings().WithSecretEnvironmentVariable(SecretVariable, Secret)));

        Assert.That(message, Is.EqualTo("docker-compose up failed (exit code 1): ERROR: stderr secret=[REDACTED]. The full output is in the log above."));
    }

    [Test]
    public void A_secret_on_the_command_line_is_refused_before_compose_runs()
    {
        var fake = FakeCompose.Create(_temp.Path, docker: false, plugin: false, standalone: true, SecretVariable);
        var context = ContextOn(fake);
        var compose = new DockerComposeSettings { ProjectName = Secret }.WithSecretEnvironmentVariable(SecretVariable, Secret);

        var message = Message(() => context.DockerComposeUp(new DockerComposeUpSettings(), compose));

        Assert.That(message, Does.StartWith($"A compose argument holds the value of the secret {SecretVariable}; pass secrets through DockerComposeSettings.SecretEnvironmentVariables"));
        Assert.That(fake.Calls(), Is.Empty);
        Assert.That(context.DockerComposeDescribe(new DockerComposeUpSettings(), compose).CommandLine, Does.Not.Contain(Secret));
    }

    [Test]
    public void Without_any_compose_each_choice_names_what_to_install()
    {
        _scope.Set("PATH", _temp.Directory("empty-bin"));
        var context = RealCakeContext.Create(_log, _temp.Path);

        Assert.Multiple(() =>
        {
            Assert.That(Message(() => context.DockerComposeUp(null)), Is.EqualTo(
                "Neither the docker compose plugin nor docker-compose was found on PATH; L4 Workloads needs one: " +
                "apt-get install docker-compose (v1) or docker-compose-plugin (v2, from Docker's apt repository)."));
            Assert.That(Message(() => context.DockerComposePs(null, new DockerComposeSettings { ComposeCommand = ComposeCli.Plugin })), Is.EqualTo(
                "docker was not found on PATH; L4 Workloads needs it for `docker compose`: apt-get install docker.io (or Docker's docker-ce-cli), plus docker-compose-plugin."));
            Assert.That(Message(() => context.DockerComposeDown(null, new DockerComposeSettings { ComposeCommand = ComposeCli.Standalone })), Is.EqualTo(
                "docker-compose was not found on PATH; L4 Workloads needs it: apt-get install docker-compose, or use ComposeCli.Plugin."));
            Assert.That(context.DockerComposeIsAvailable(), Is.False);
            Assert.That(context.DockerComposeDescribe(new DockerComposeUpSettings { Detach = true }).ToString(),
                Does.StartWith("docker compose up --detach (Compose v2 plugin (docker compose), nothing found, assumed;"));
        });
    }

    private ICakeContext ContextOn(FakeCompose fake)
    {
        _scope.Set("PATH", fake.BinDirectory);
        return RealCakeContext.Create(_log, _temp.Path);
    }

    private DockerComposeSettings Stack() => new DockerComposeSettings
    {
        File = [new FilePath("stack/compose.yaml"), new FilePath("stack/extra.yaml")],
        ProjectName = "demo",
        ProjectDirectory = new DirectoryPath("stack"),
        EnvFile = [new FilePath("stack/a.env"), new FilePath("stack/b.env")],
        Profile = ["debug"],
        DockerHost = "ssh://root@10.0.0.5",
    }.WithSecretEnvironmentVariable(SecretVariable, Secret);

    private static string Message(TestDelegate action) => Assert.Throws<CakeException>(action)!.Message;
}
