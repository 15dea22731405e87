using Cake.Core;

namespace HomeLab.Secrets.Tests;

public class SecretsLoaderTests
{
    [Test]
    public void Sets_every_secret_except_meta_keys_and_removes_empty_ones()
    {
        var set = new Dictionary<string, string?>();
        var loader = new SecretsLoader((name, value) => set[name] = value);

        var loaded = loader.Load(new Dictionary<string, string>
        {
            ["B_NAME"] = "bee-value",
            ["A_NAME"] = "ay-value",
            ["EMPTY"] = "",
            ["DOPPLER_ENVIRONMENT"] = "dev",
        });

        Assert.That(set, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["A_NAME"] = "ay-value",
            ["B_NAME"] = "bee-value",
            ["EMPTY"] = null,
        }));
        Assert.That(loaded.Names, Is.EqualTo(new[] { "A_NAME", "B_NAME", "EMPTY" }));
        Assert.That(loaded.SkippedNames, Is.EqualTo(new[] { "DOPPLER_ENVIRONMENT" }));
    }

    [TestCase(0, "Doppler: 0 secrets loaded")]
    [TestCase(1, "Doppler: 1 secret loaded (S0)")]
    [TestCase(2, "Doppler: 2 secrets loaded (S0, S1)")]
    public void Summary_counts_and_names(int count, string expected)
    {
        var secrets = Enumerable.Range(0, count).ToDictionary(i => $"S{i}", i => $"value-{i}");

        var loaded = new SecretsLoader((_, _) => { }).Load(secrets);

        Assert.That(loaded.Summary, Is.EqualTo(expected));
    }

    [Test]
    public void A_name_that_cannot_be_an_environment_variable_is_one_clear_error()
    {
        var loader = new SecretsLoader((_, _) => Assert.Fail("nothing may be set when a name is invalid"));

        var exception = Assert.Throws<CakeException>(
            () => loader.Load(new Dictionary<string, string> { ["OK"] = "fine-value", ["BAD=NAME"] = "x" }));

        Assert.That(exception!.Message, Does.Contain("'BAD=NAME'").And.Contain("cannot be an environment variable"));
    }
}
