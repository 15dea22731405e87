using Cake.Core;
using Moq;

namespace HomeLab.Secrets.Tests;

/// <summary>Every combination of DOPPLER × CI × FORCE_DOPPLER, checked against a small independent oracle.</summary>
public class DopplerPolicyMatrixTests
{
    private static readonly string?[] DopplerValues = [null, "0", "1"];
    private static readonly string?[] CiValues = [null, "true", "false"];
    private static readonly string?[] ForceValues = [null, "1", "0"];

    public static IEnumerable<TestCaseData> Matrix() =>
        from doppler in DopplerValues
        from ci in CiValues
        from force in ForceValues
        select new TestCaseData(doppler, ci, force)
            .SetName($"DOPPLER={Show(doppler)} CI={Show(ci)} FORCE_DOPPLER={Show(force)}");

    [TestCaseSource(nameof(Matrix))]
    public void Decision_matches_the_rules(string? doppler, string? ci, string? force)
    {
        var expected = Oracle(doppler, ci, force);

        var decision = DopplerPolicy.Decide(Lookup(doppler, ci, force));

        Assert.That(decision.UseDoppler, Is.EqualTo(expected.UseDoppler));
        Assert.That(decision.Reason, Does.StartWith(expected.ReasonStart));
        Assert.That(decision.Reason, Does.Contain(expected.UseDoppler ? "loading secrets from Doppler" : "using the"));
    }

    [Test]
    public void The_matrix_covers_all_27_combinations() =>
        Assert.That(Matrix().Select(c => c.TestName).Distinct().Count(), Is.EqualTo(27));

    [Test]
    public void Cake_environment_overload_reads_the_same_variables()
    {
        var environment = new Mock<ICakeEnvironment>();
        environment.Setup(e => e.GetEnvironmentVariable("CI")).Returns("true");

        var decision = DopplerPolicy.Decide(environment.Object);

        Assert.That(decision, Is.EqualTo(new DopplerDecision(false, "CI=true without FORCE_DOPPLER=1: using the CI environment")));
    }

    /// <summary>
    /// The rules as the operations reference and the Justfile state them: DOPPLER=0 turns Doppler off; in CI (CI=true)
    /// Doppler is off unless FORCE_DOPPLER=1; otherwise it is on.
    /// </summary>
    private static (bool UseDoppler, string ReasonStart) Oracle(string? doppler, string? ci, string? force)
    {
        if (doppler == "0")
        {
            return (false, "DOPPLER=0: using the shell's environment");
        }

        var inCi = ci == "true";
        if (inCi && force != "1")
        {
            return (false, "CI=true without FORCE_DOPPLER=1: using the CI environment");
        }

        if (inCi)
        {
            return (true, "CI=true with FORCE_DOPPLER=1");
        }

        return doppler == "1" ? (true, "DOPPLER=1") : (true, "DOPPLER is not set");
    }

    private static Func<string, string?> Lookup(string? doppler, string? ci, string? force) => name => name switch
    {
        "DOPPLER" => doppler,
        "CI" => ci,
        "FORCE_DOPPLER" => force,
        _ => null,
    };

    private static string Show(string? value) => value ?? "unset";
}
