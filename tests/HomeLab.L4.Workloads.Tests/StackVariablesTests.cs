namespace HomeLab.L4.Workloads.Tests;

public class StackVariablesTests
{
    private static readonly IReadOnlyCollection<string> Shown =
        ["/lab/compose/dock-01/whoami/compose.yaml", "/lab/compose/dock-01/whoami", "whoami", "ssh://lab@10.20.0.21"];

    [Test]
    public void Set_values_are_secrets_unless_the_command_shows_them_anyway_and_unset_ones_are_listed()
    {
        var environment = new Dictionary<string, string>
        {
            ["DB_PASSWORD"] = "correct-horse-battery",
            ["WHOAMI_NAME"] = "dock-01",
            ["TZ"] = "Europe/Berlin",
        };

        var variables = StackVariables.For(
            ["WHOAMI_NAME", "DB_PASSWORD", "TZ", "API_KEY"], environment.GetValueOrDefault, Shown, value => value);

        Assert.Multiple(() =>
        {
            Assert.That(variables.Secrets, Is.EqualTo(new Dictionary<string, string>
            {
                ["DB_PASSWORD"] = "correct-horse-battery",
                ["TZ"] = "Europe/Berlin",
            }), "HomeLab cannot tell a secret from a setting: every value it hands over is masked");
            Assert.That(variables.Plain, Is.EqualTo(new Dictionary<string, string> { ["WHOAMI_NAME"] = "dock-01" }),
                "a host name in the stack's path is no secret, and masking it would refuse the command");
            Assert.That(variables.Unset, Is.EqualTo(new[] { "API_KEY" }));
        });
    }

    [Test]
    public void A_value_the_run_knows_as_secret_stays_secret_even_when_the_command_shows_it()
    {
        var environment = new Dictionary<string, string> { ["LEAKED"] = "whoami" };

        var variables = StackVariables.For(["LEAKED"], environment.GetValueOrDefault, Shown, value => value.Replace("whoami", "[REDACTED]"));

        Assert.That(variables.Secrets.Keys, Is.EqualTo(new[] { "LEAKED" }), "the compose wrapper then refuses the command");
    }
}
