using System.Text.Json;
using HomeLab.Proxmox.Wire;

namespace HomeLab.Proxmox.Tests.Client;

public class LenientJsonTests
{
    [TestCase("12", 12L)]
    [TestCase("\"12\"", 12L)]
    [TestCase("\" 12 \"", 12L)]
    [TestCase("12.9", 12L)]
    [TestCase("\"1.5e3\"", 1500L)]
    [TestCase("true", 1L)]
    [TestCase("false", 0L)]
    [TestCase("null", null)]
    public void Integer_accepts_every_spelling(string json, long? expected) =>
        Assert.That(Member(json).Integer("x"), Is.EqualTo(expected));

    [Test]
    public void Integer_is_null_when_absent() =>
        Assert.That(JsonDocument.Parse("{}").RootElement.Integer("x"), Is.Null);

    [TestCase("\"abc\"")]
    [TestCase("[1]")]
    [TestCase("{}")]
    public void Integer_rejects_what_is_not_a_number(string json) =>
        Assert.Throws<WireFormatException>(() => Member(json).Integer("x"));

    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("2", true)]
    [TestCase("true", true)]
    [TestCase("false", false)]
    [TestCase("\"1\"", true)]
    [TestCase("\"0\"", false)]
    [TestCase("\"yes\"", true)]
    [TestCase("\"off\"", false)]
    [TestCase("null", false)]
    public void Flag_accepts_every_spelling(string json, bool expected) =>
        Assert.That(Member(json).Flag("x"), Is.EqualTo(expected));

    [Test]
    public void Flag_uses_the_given_default_when_absent()
    {
        var empty = JsonDocument.Parse("{}").RootElement;

        Assert.That(empty.Flag("x"), Is.False);
        Assert.That(empty.Flag("x", whenAbsent: true), Is.True);
    }

    [Test]
    public void Flag_rejects_other_words() => Assert.Throws<WireFormatException>(() => Member("\"maybe\"").Flag("x"));

    [TestCase("\"9000\"", "9000")]
    [TestCase("9000", "9000")]
    [TestCase("1.5", "1.5")]
    public void Text_accepts_numbers_as_text(string json, string expected) =>
        Assert.That(Member(json).Text("x"), Is.EqualTo(expected));

    [TestCase("\"0.5\"", 0.5)]
    [TestCase("0.25", 0.25)]
    [TestCase("3", 3.0)]
    public void Real_accepts_numbers_and_numeric_strings(string json, double expected) =>
        Assert.That(Member(json).Real("x"), Is.EqualTo(expected));

    [TestCase("\"iso,vztmpl\"", new[] { "iso", "vztmpl" })]
    [TestCase("\" iso , backup ,\"", new[] { "iso", "backup" })]
    [TestCase("\"\"", new string[0])]
    [TestCase("[\"images\",\"rootdir\"]", new[] { "images", "rootdir" })]
    [TestCase("[\"a\",1]", new[] { "a", "1" })]
    public void Set_splits_comma_lists_and_accepts_arrays(string json, string[] expected) =>
        Assert.That(Member(json).Set("x"), Is.EquivalentTo(expected));

    [Test]
    public void Set_rejects_lists_of_objects() => Assert.Throws<WireFormatException>(() => Member("[{}]").Set("x"));

    [Test]
    public void The_envelope_reader_reports_what_is_wrong()
    {
        Assert.That(JsonEnvelope.TryReadData("""{"data":[1]}""", out var data, out _), Is.True);
        Assert.That(data.GetArrayLength(), Is.EqualTo(1));
        Assert.That(JsonEnvelope.TryReadData("""{"data": [""", out _, out var truncated), Is.False);
        Assert.That(truncated, Does.StartWith("a body that is not JSON"));
        Assert.That(JsonEnvelope.TryReadData("[]", out _, out var noEnvelope), Is.False);
        Assert.That(noEnvelope, Does.Contain("envelope"));
    }

    [Test]
    public void Error_bodies_combine_message_and_parameter_errors()
    {
        var error = JsonEnvelope.TryReadError("""{"data":null,"errors":{"storage":"No such storage."},"message":"Parameter verification failed.\n"}""");

        Assert.That(error!.Describe(), Is.EqualTo("Parameter verification failed (storage: No such storage.)"));
        Assert.That(JsonEnvelope.TryReadError("""{"data":null}"""), Is.Null);
        Assert.That(JsonEnvelope.TryReadError(""), Is.Null);
        Assert.That(JsonEnvelope.TryReadError("<html/>"), Is.Null);
    }

    private static JsonElement Member(string json) => JsonDocument.Parse($$"""{"x":{{json}}}""").RootElement;
}
