using Cake.Core.Diagnostics;
using HomeLab.Testing;

namespace HomeLab.Secrets.Tests;

public class SecretRedactorTests
{
    [Test]
    public void Replaces_every_occurrence_of_every_value()
    {
        var redactor = new SecretRedactor();
        redactor.AddRange(["s3cret-one", "s3cret-two"]);

        Assert.That(
            redactor.Redact("a s3cret-one b s3cret-two c s3cret-one"),
            Is.EqualTo("a [REDACTED] b [REDACTED] c [REDACTED]"));
    }

    [Test]
    public void Longer_values_are_replaced_first_so_a_value_containing_another_is_masked_whole()
    {
        var redactor = new SecretRedactor();
        redactor.Add("abcd");
        redactor.Add("abcdefgh");

        Assert.That(redactor.Redact("x abcdefgh y abcd"), Is.EqualTo("x [REDACTED] y [REDACTED]"));
    }

    [Test]
    public void Values_shorter_than_four_characters_and_blanks_are_ignored()
    {
        var redactor = new SecretRedactor();
        redactor.AddRange(["on", "22", "abc", "   ", null, ""]);

        Assert.That(redactor.Count, Is.Zero);
        Assert.That(redactor.Redact("port 22 is on abc"), Is.EqualTo("port 22 is on abc"));
    }

    [Test]
    public void Well_known_secret_variables_are_read_from_the_environment_lookup()
    {
        var redactor = new SecretRedactor();
        var environment = new Dictionary<string, string> { ["PM_TOKEN_SECRET"] = "pve-token-secret", ["PVE_NODE"] = "polaris" };

        redactor.AddFromEnvironment(name => environment.GetValueOrDefault(name));

        Assert.That(redactor.Redact("pve-token-secret on polaris"), Is.EqualTo("[REDACTED] on polaris"));
    }

    [Test]
    public void Redacting_log_masks_formatted_arguments_before_the_inner_log_sees_them()
    {
        var inner = new CapturingLog { Verbosity = Verbosity.Normal };
        var redactor = new SecretRedactor();
        redactor.Add("pve-token-secret");
        var log = new RedactingCakeLog(inner, redactor);

        log.Write(Verbosity.Normal, LogLevel.Information, "token {0} for {1}", "pve-token-secret", "polaris");
        log.Write(Verbosity.Normal, LogLevel.Information, "plain pve-token-secret {braces}");
        log.Write(Verbosity.Diagnostic, LogLevel.Debug, "too detailed {0}", "pve-token-secret");

        Assert.That(inner.Messages, Is.EqualTo(new[] { "token [REDACTED] for polaris", "plain [REDACTED] {braces}" }));
    }
}
