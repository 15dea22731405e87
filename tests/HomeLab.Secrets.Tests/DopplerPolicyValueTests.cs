using Cake.Core;

namespace HomeLab.Secrets.Tests;

/// <summary>How lenient the policy is with spellings, and how it rejects values it does not understand.</summary>
public class DopplerPolicyValueTests
{
    [TestCase("0")]
    [TestCase("false")]
    [TestCase("FALSE")]
    [TestCase("no")]
    [TestCase("Off")]
    [TestCase(" 0 ")]
    public void Doppler_off_spellings_skip_doppler(string value)
    {
        var decision = Decide(doppler: value);

        Assert.That(decision.UseDoppler, Is.False);
        Assert.That(decision.Reason, Is.EqualTo($"DOPPLER={value.Trim()}: using the shell's environment"));
    }

    [TestCase("1")]
    [TestCase("true")]
    [TestCase("YES")]
    [TestCase("on")]
    public void Doppler_on_spellings_use_doppler(string value) =>
        Assert.That(Decide(doppler: value).UseDoppler, Is.True);

    [TestCase("")]
    [TestCase("   ")]
    public void Blank_values_count_as_unset(string value)
    {
        var decision = Decide(doppler: value, ci: value, force: value);

        Assert.That(decision, Is.EqualTo(new DopplerDecision(true, "DOPPLER is not set: loading secrets from Doppler")));
    }

    [TestCase("true")]
    [TestCase("TRUE")]
    [TestCase("True")]
    [TestCase("1")]
    [TestCase("yes")]
    [TestCase("woodpecker")]
    public void Ci_values_that_mean_a_ci_run_skip_doppler(string value)
    {
        var decision = Decide(ci: value);

        Assert.That(decision.UseDoppler, Is.False);
        Assert.That(decision.Reason, Is.EqualTo($"CI={value} without FORCE_DOPPLER=1: using the CI environment"));
    }

    [TestCase("false")]
    [TestCase("0")]
    [TestCase("No")]
    public void Ci_off_spellings_are_not_a_ci_run(string value) =>
        Assert.That(Decide(ci: value).UseDoppler, Is.True);

    [TestCase("1")]
    [TestCase("true")]
    [TestCase("Yes")]
    public void Force_doppler_on_spellings_use_doppler_in_ci(string value)
    {
        var decision = Decide(ci: "true", force: value);

        Assert.That(decision.UseDoppler, Is.True);
        Assert.That(decision.Reason, Is.EqualTo($"CI=true with FORCE_DOPPLER={value}: loading secrets from Doppler"));
    }

    [Test]
    public void Doppler_off_wins_over_force_doppler() =>
        Assert.That(Decide(doppler: "false", ci: "true", force: "1").UseDoppler, Is.False);

    [Test]
    public void Doppler_on_does_not_lift_the_ci_skip() =>
        Assert.That(Decide(doppler: "1", ci: "true").UseDoppler, Is.False);

    [TestCase("DOPPLER", "maybe")]
    [TestCase("FORCE_DOPPLER", "please")]
    public void A_value_that_is_neither_on_nor_off_is_one_clear_error(string name, string value)
    {
        var exception = Assert.Throws<CakeException>(() => DopplerPolicy.Decide(n => n == name ? value : null));

        Assert.That(exception!.Message, Does.StartWith($"{name}={value} is not understood"));
        Assert.That(exception.Message, Does.Contain("0/false/no/off"));
        Assert.That(exception.Message, Does.Not.Contain("\n"));
    }

    private static DopplerDecision Decide(string? doppler = null, string? ci = null, string? force = null) =>
        DopplerPolicy.Decide(name => name switch
        {
            "DOPPLER" => doppler,
            "CI" => ci,
            "FORCE_DOPPLER" => force,
            _ => null,
        });
}
