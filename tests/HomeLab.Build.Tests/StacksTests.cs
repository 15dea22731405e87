using System.Text.Json;
using HomeLab.Build.Tests.Support;
using DockerEngineFixture = HomeLab.Testing.DockerEngineFixture;
using DockerSshHost = HomeLab.Testing.DockerSshHost;
using ProgramLocator = HomeLab.Testing.ProgramLocator;

namespace HomeLab.Build.Tests;

/// <summary>
/// L4's Docker Compose stacks through the built host: <c>--target=L4 --exclusive --stack=&lt;host&gt;/&lt;stack&gt;</c>
/// deploys a two-service stack to a real Docker engine behind a real sshd (<c>DOCKER_HOST=ssh://root@127.0.0.1:&lt;port&gt;</c>,
/// the address from the lab's inventory through the real ansible-inventory) with this machine's docker-compose v1,
/// and a <c>${GREETING}</c> secret that reaches the container and nothing else. Compose v1 over SSH takes a few seconds
/// a command, so there is one real deployment; the rest are runs that stop before Compose.
/// </summary>
[Platform(Exclude = "Win", Reason = "dockerd and sshd are Linux programs.")]
[NonParallelizable]
public class StacksTests
{
    private const string Host = "dock-test";
    private const string Stack = "hello";
    private const string Secret = "stacks-7c1e-greeting-secret";

    private const string ComposeFile = $$"""
        # ${NOT_READ} in a comment names nothing.
        services:
          web:
            image: {{DockerEngineFixture.BusyboxImage}}
            network_mode: none
            init: true
            environment:
              GREETING: ${GREETING}
            command: ["sh", "-c", "echo ready $$GREETING; sleep 3600"]
          worker:
            image: {{DockerEngineFixture.BusyboxImage}}
            network_mode: none
            init: true
            command: ["sh", "-c", "echo worker up; sleep 3600"]
        """;

    private DockerEngineFixture _engine = null!;
    private DockerSshHost _ssh = null!;
    private TempDirectory _work = null!;

    private string StacksJson => _work.Combine("artifacts", "l4", "stacks.json");

    [OneTimeSetUp]
    public void StartHost()
    {
        ProgramLocator.Require("docker-compose", "docker-compose");
        ProgramLocator.Require("ansible-inventory", "ansible-core");
        _engine = DockerEngineFixture.Start();
        _ssh = DockerSshHost.Start(_engine.SocketPath);
        _work = new TempDirectory("homelab-stacks-");
        Write("ansible/inventory/hosts.yaml", $$"""
            all:
              hosts:
                {{Host}}: {ansible_host: 127.0.0.1, ansible_port: {{_ssh.Port}}, ansible_user: root}
                dock-other: {ansible_host: 10.20.0.99, ansible_user: lab}
            """);
        Write($"compose/{Host}/{Stack}/compose.yaml", ComposeFile);
        Write($"compose/dock-nowhere/{Stack}/compose.yaml", ComposeFile);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _ssh?.Dispose();
        _engine?.Dispose();
        _work?.Dispose();
    }

    [TearDown]
    public void RemoveTheStack()
    {
        if (Directory.Exists(Path.GetDirectoryName(StacksJson)))
        {
            Directory.Delete(Path.GetDirectoryName(StacksJson)!, recursive: true);
        }

        // What `down` would do, through the engine's own socket, so that no container outlives a test.
        var containers = _engine.DockerOrThrow("ps", "--all", "--quiet", "--filter", $"label=com.docker.compose.project={Stack}");
        if (containers.Length > 0)
        {
            _engine.DockerOrThrow(["rm", "--force", "--volumes", .. containers.Split('\n', StringSplitOptions.RemoveEmptyEntries)]);
        }
    }

    [Test]
    public async Task A_stack_is_deployed_over_ssh_with_its_secret_in_the_container_and_nowhere_else()
    {
        var result = await Run("--target=L4", "--exclusive", $"--stack={Host}/{Stack}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = OutputAssertions.Flatten(result.StandardOutput);
        var stacks = JsonDocument.Parse(File.ReadAllText(StacksJson)).RootElement.GetProperty("stacks");
        Assert.Multiple(() =>
        {
            Assert.That(_engine.ProjectContainers(Stack), Is.EqualTo(new[] { "hello_web_1 running", "hello_worker_1 running" }),
                "the stack runs on the engine behind sshd");
            Assert.That(_engine.DockerOrThrow("exec", "hello_web_1", "sh", "-c", "echo \"$GREETING\""), Is.EqualTo(Secret),
                "the secret reached the container through ${GREETING}");
            Assert.That(output, Does.Contain($"{Host}/{Stack}: compose up on ssh://root@127.0.0.1:{_ssh.Port}"));
            Assert.That(output, Does.Contain("L4 stacks").And.Contain($"{Host} {Stack} web hello_web_1 running")
                .And.Contain($"{Host} {Stack} worker hello_worker_1 running"), "the table");
            Assert.That(output, Does.Contain("L4 stacks: 1 stack, 1 up; 2/2 containers running"));
            Assert.That(output, Does.Contain("DeployStacks").And.Contain("Workloads"));
            Assert.That(stacks.GetArrayLength(), Is.EqualTo(1));
            Assert.That(stacks[0].GetProperty("host").GetString(), Is.EqualTo(Host));
            Assert.That(stacks[0].GetProperty("stack").GetString(), Is.EqualTo(Stack));
            Assert.That(stacks[0].GetProperty("up").GetBoolean(), Is.True);
            Assert.That(stacks[0].GetProperty("containers").EnumerateArray().Select(c => $"{c.GetProperty("service")} {c.GetProperty("state")}"),
                Is.EqualTo(new[] { "web running", "worker running" }));
            AssertNoSecret(result);
        });
    }

    [Test]
    public async Task Simulate_and_dryrun_print_the_exact_commands_with_the_secret_s_name_and_touch_no_engine()
    {
        var simulated = await Run("--target=L4", "--exclusive", "--simulate", $"--stack={Host}/{Stack}");
        var dryRun = await Run("--target=L4", "--dryrun", $"--stack={Host}/{Stack}");

        Assert.Multiple(() =>
        {
            Assert.That(simulated.ExitCode, Is.Zero, simulated.ToString());
            Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
            var output = OutputAssertions.Flatten(simulated.StandardOutput);
            Assert.That(output, Does.Contain($"{Host}/{Stack}: L4 would run (--simulate; nothing is changed):"));
            Assert.That(output, Does.Match($@"/usr/bin/docker-compose --file ""\S+/compose/{Host}/{Stack}/compose\.yaml"" --project-name ""{Stack}"" "
                + $@"--project-directory ""\S+/compose/{Host}/{Stack}"" up --detach --remove-orphans \(Compose v1 \(docker-compose\), detected"));
            Assert.That(output, Does.Contain("ps -q --all").And.Contain("environment: DOCKER_HOST, GREETING)"));
            Assert.That(output, Does.Contain($"with DOCKER_HOST=ssh://root@127.0.0.1:{_ssh.Port}, GREETING=[REDACTED]"));
            Assert.That(output, Does.Not.Contain("NOT_READ"), "a comment names no variable");
            AssertNoSecret(simulated);

            // A dry run asks neither ansible for the host's address nor docker which Compose it has.
            var shown = OutputAssertions.Flatten(dryRun.StandardOutput);
            Assert.That(shown, Does.Contain($"{Host}/{Stack}: DOCKER_HOST is ssh://<user@address of {Host} in the inventory> (not read in a dry run)"));
            Assert.That(shown, Does.Match($@"{Host}/{Stack}: compose up(, if it has not)? /usr/bin/docker-compose --file ""\S+/compose/{Host}/{Stack}/compose\.yaml"" "
                + $@"--project-name ""{Stack}"" --project-directory ""\S+/compose/{Host}/{Stack}"" up --detach --remove-orphans"));
            Assert.That(shown, Does.Contain("ps -q --all").And.Contain("environment: GREETING=[REDACTED]"));
            Assert.That(shown, Does.Not.Contain("NOT_READ"));
            AssertNoSecret(dryRun);

            var plan = dryRun.StandardOutput.Split('\n').Select(line => line.Trim()).ToList();
            Assert.That(plan, Has.Some.Match(@"^\d+\. DeployStacks$").And.Some.Match(@"^\d+\. Workloads$"), dryRun.ToString());
            Assert.That(plan, Has.None.Match(@"^\d+\. OS$"), "--stack alone: OS is skipped (no --group: nothing to converge)");
            Assert.That(_engine.ProjectContainers(Stack), Is.Empty, "nothing was deployed");
            Assert.That(File.Exists(StacksJson), Is.False, "no state to write");
        });
    }

    [Test]
    public async Task An_unknown_stack_or_host_is_one_line_that_lists_what_there_is()
    {
        var unknownStack = await Run("--target=L4", "--exclusive", $"--stack={Host}/nope");
        var unknownHost = await Run("--target=L4", "--exclusive", $"--stack=dock-nowhere/{Stack}");
        var notAStack = await Run("--target=L4", "--exclusive", "--stack=hello");

        Assert.Multiple(() =>
        {
            OutputAssertions.FailedWithOneErrorLine(unknownStack,
                $"--stack={Host}/nope: compose/{Host}/nope/compose.yaml does not exist; the lab's stacks: dock-nowhere/{Stack}, {Host}/{Stack}.");
            OutputAssertions.FailedWithOneErrorLine(unknownHost,
                $"--stack=dock-nowhere/{Stack}: the host dock-nowhere is not in the inventory (ansible/inventory); its hosts: dock-other, {Host}.");
            OutputAssertions.FailedWithOneErrorLine(notAStack, "--stack='hello' is not <host>/<stack>");
            Assert.That(_engine.ProjectContainers(Stack), Is.Empty);
        });
    }

    private Task<ProcessResult> Run(params string[] arguments) => new HostRun(_work.Path) { Timeout = TimeSpan.FromSeconds(120) }
        .WithPathFirst(_ssh.ClientBinDirectory)
        .With("DOPPLER", "0")
        .With("GREETING", Secret)
        .RunAsync(arguments);

    private void AssertNoSecret(ProcessResult result)
    {
        Assert.That(result.AllOutput, Does.Not.Contain(Secret));
        foreach (var file in Directory.EnumerateFiles(_work.Path, "*", SearchOption.AllDirectories))
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain(Secret), file);
        }

        Assert.That(Directory.EnumerateFiles(_work.Path, ".env", SearchOption.AllDirectories), Is.Empty);
    }

    private void Write(string relative, string text)
    {
        var path = _work.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
