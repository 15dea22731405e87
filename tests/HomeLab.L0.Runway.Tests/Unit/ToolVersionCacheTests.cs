using System.Runtime.Versioning;
using System.Text.Json;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.L0.Runway.Tools;
using HomeLab.Testing;

namespace HomeLab.L0.Runway.Tests.Unit;

/// <summary>A warm runway does not start an unchanged tool again; a changed one is asked again.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ToolVersionCacheTests
{
    private TempDirectory _bin = null!;
    private string _cacheFile = null!;

    [SetUp]
    public void CreateBin()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake tools are /bin/sh scripts.");
        }

        _bin = new TempDirectory();
        _cacheFile = _bin.Combine("cache", "tool-versions.json");
    }

    [TearDown]
    public void RemoveBin() => _bin?.Dispose();

    [Test]
    public async Task An_unchanged_tool_is_answered_from_the_cache_without_running_it()
    {
        var calls = _bin.Combine("calls");
        _bin.Script("packer", $"echo run >> '{calls}'\necho 'Packer v1.6.6'");
        await ProbeOnceAndSave();

        var result = await CakeTools.ProbeWithPath(_bin.Path, ToolVersionCache.Load(_cacheFile)).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result, Is.EqualTo(new ToolProbeResult(_bin.Combine("packer"), "1.6.6", true, null)));
        Assert.That(File.ReadAllLines(calls), Has.Length.EqualTo(1), "the second probe must not start packer");
    }

    [Test]
    public async Task A_replaced_tool_is_asked_again()
    {
        _bin.Script("packer", "echo 'Packer v1.6.6'");
        await ProbeOnceAndSave();
        _bin.Script("packer", "echo 'Packer v1.11.2' # a longer script, as an upgrade would be");

        var result = await CakeTools.ProbeWithPath(_bin.Path, ToolVersionCache.Load(_cacheFile)).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result.Version, Is.EqualTo("1.11.2"));
    }

    [Test]
    public void A_corrupt_cache_file_is_treated_as_empty()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cacheFile)!);
        File.WriteAllText(_cacheFile, "{ not json");
        _bin.Script("packer", "echo 'Packer v1.6.6'");

        var cache = ToolVersionCache.Load(_cacheFile);

        Assert.That(cache.Find(_bin.Combine("packer")), Is.Null);
    }

    [Test]
    public void Saved_versions_load_again_from_a_flat_object_sorted_by_key()
    {
        var zeta = _bin.Script("zeta", "exit 0");
        var alpha = _bin.Script("alpha", "exit 0");
        var cache = ToolVersionCache.Load(_cacheFile);
        cache.Remember(zeta, "2.0 \"beta\" café");
        cache.Remember(alpha, "1.0");

        cache.Save();
        var loaded = ToolVersionCache.Load(_cacheFile);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Find(zeta), Is.EqualTo("2.0 \"beta\" café"));
            Assert.That(loaded.Find(alpha), Is.EqualTo("1.0"));
            using var json = JsonDocument.Parse(File.ReadAllText(_cacheFile));
            var keys = json.RootElement.EnumerateObject().Select(member => member.Name).ToList();
            Assert.That(keys, Has.Count.EqualTo(2));
            Assert.That(keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(keys[0], Does.StartWith(alpha + "|"));
        });
    }

    [TestCase(null)]
    [TestCase("[\"1.6.6\"]")]
    [TestCase("\"1.6.6\"")]
    [TestCase("null")]
    [TestCase("42")]
    [TestCase("")]
    public void A_missing_cache_file_or_one_that_is_not_a_json_object_is_treated_as_empty_and_replaced(string? content)
    {
        if (content is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_cacheFile)!);
            File.WriteAllText(_cacheFile, content);
        }

        var packer = _bin.Script("packer", "exit 0");

        var cache = ToolVersionCache.Load(_cacheFile);
        Assert.That(cache.Find(packer), Is.Null);
        cache.Remember(packer, "1.6.6");
        cache.Save();

        Assert.That(ToolVersionCache.Load(_cacheFile).Find(packer), Is.EqualTo("1.6.6"));
    }

    [TestCase("1")]
    [TestCase("null")]
    [TestCase("{\"version\": \"1.6.6\"}")]
    public void A_cache_file_with_a_value_that_is_not_a_string_is_treated_as_empty(string otherValue)
    {
        var packer = _bin.Script("packer", "exit 0");
        var saved = ToolVersionCache.Load(_cacheFile);
        saved.Remember(packer, "1.6.6");
        saved.Save();
        var json = File.ReadAllText(_cacheFile);
        File.WriteAllText(_cacheFile, json.TrimEnd().TrimEnd('}') + ",\"other\":" + otherValue + "}");
        using (var edited = JsonDocument.Parse(File.ReadAllText(_cacheFile)))
        {
            Assert.That(edited.RootElement.EnumerateObject().Count(), Is.EqualTo(2), "the edited file is still valid JSON");
        }

        var cache = ToolVersionCache.Load(_cacheFile);

        Assert.That(cache.Find(packer), Is.Null);
    }

    private async Task ProbeOnceAndSave()
    {
        var cache = ToolVersionCache.Load(_cacheFile);
        await CakeTools.ProbeWithPath(_bin.Path, cache).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));
        cache.Save();
        Assert.That(File.Exists(_cacheFile), Is.True);
    }
}
