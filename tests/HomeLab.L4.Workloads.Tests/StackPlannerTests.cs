using HomeLab.L3.OS;
using HomeLab.Testing;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L4.Workloads.Tests;

public class StackPlannerTests
{
    private const string Secret = "planner-0f3a-password";

    private static readonly AnsibleInventoryResult Inventory = AnsibleInventoryResult.Parse("""
        {"_meta":{"hostvars":{"dock-01":{"ansible_host":"10.20.0.21","ansible_user":"lab"}}},"all":{"hosts":["dock-01"]}}
        """);

    private TempDirectory _lab = null!;

    [SetUp]
    public void SetUp()
    {
        _lab = new TempDirectory("homelab-stackplanner-");
        _lab.File("compose/dock-01/whoami/compose.yaml", """
            services:
              whoami:
                image: traefik/whoami
                environment:
                  WHOAMI_NAME: ${WHOAMI_NAME:-dock-01}
                  PASSWORD: ${WHOAMI_PASSWORD}
                  MISSING: ${NOT_SET}
            """);
    }

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void A_stack_gets_its_file_its_host_s_engine_and_its_variables()
    {
        var environment = new Dictionary<string, string> { ["WHOAMI_NAME"] = "dock-01", ["WHOAMI_PASSWORD"] = Secret, ["UNRELATED"] = "not handed over" };
        var planner = new StackPlanner(new AnsibleLabLayout(_lab.Path), environment.GetValueOrDefault, text => text);

        var deployment = planner.Plan(planner.Locate([new StackReference("dock-01", "whoami")]).Single(), Inventory, "ansible/inventory");
        var compose = deployment.ComposeSettings(null);

        Assert.Multiple(() =>
        {
            Assert.That(deployment.DockerHost, Is.EqualTo("ssh://lab@10.20.0.21"));
            Assert.That(compose.File.Select(file => file.FullPath), Is.EqualTo(new[] { _lab.Combine("compose", "dock-01", "whoami", "compose.yaml") }));
            Assert.That(compose.ProjectName, Is.EqualTo("whoami"));
            Assert.That(compose.ProjectDirectory?.FullPath, Is.EqualTo(_lab.Combine("compose", "dock-01", "whoami")));
            Assert.That(compose.DockerHost, Is.EqualTo("ssh://lab@10.20.0.21"));
            Assert.That(compose.SecretEnvironmentVariables, Is.EqualTo(new Dictionary<string, string> { ["WHOAMI_PASSWORD"] = Secret }));
            Assert.That(deployment.PlainEnvironment(), Is.EqualTo(new Dictionary<string, string> { ["WHOAMI_NAME"] = "dock-01" }));
            Assert.That(deployment.Variables.Unset, Is.EqualTo(new[] { "NOT_SET" }));
            Assert.That(deployment.EnvironmentForDisplay("[REDACTED]"), Is.EqualTo(new[]
            {
                "DOCKER_HOST=ssh://lab@10.20.0.21", "WHOAMI_NAME=dock-01", "WHOAMI_PASSWORD=[REDACTED]",
            }));
        });
    }

    [Test]
    public void Without_an_inventory_a_rehearsal_still_plans_without_a_docker_host()
    {
        var planner = new StackPlanner(new AnsibleLabLayout(_lab.Path), _ => null, text => text);

        var deployment = planner.Plan(planner.Locate([new StackReference("dock-01", "whoami")]).Single(), null, "no inventory");

        Assert.Multiple(() =>
        {
            Assert.That(deployment.DockerHost, Is.Null);
            Assert.That(deployment.ComposeSettings(null).DockerHost, Is.Null);
            Assert.That(deployment.EnvironmentForDisplay("[REDACTED]"), Is.Empty);
            Assert.That(deployment.Variables.Unset, Is.EqualTo(new[] { "NOT_SET", "WHOAMI_NAME", "WHOAMI_PASSWORD" }));
        });
    }
}
