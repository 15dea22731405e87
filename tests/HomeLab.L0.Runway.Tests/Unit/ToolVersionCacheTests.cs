using System.Runtime.Versioning;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.L0.Runway.Tools;
using HomeLab.Testing;

namespace HomeLab.L0.Runway.Tests.Unit;

/// <summary>A warm runway does not start an unchanged tool again; a changed one is asked again.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ToolVersionCacheTests
{
    private TempDirectory bin = null!;
    private string cacheFile = null!;

    [SetUp]
    public void CreateBin()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake tools are /bin/sh scripts.");
        }

        bin = new TempDirectory();
        cacheFile = bin.Combine("cache", "tool-versions.json");
    }

    [TearDown]
    public void RemoveBin() => bin?.Dispose();

    [Test]
    public async Task An_unchanged_tool_is_answered_from_the_cache_without_running_it()
    {
        var calls = bin.Combine("calls");
        bin.Script("packer", $"echo run >> '{calls}'\necho 'Packer v1.6.6'");
        await ProbeOnceAndSave();

        var result = await CakeTools.ProbeWithPath(bin.Path, ToolVersionCache.Load(cacheFile)).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result, Is.EqualTo(new ToolProbeResult(bin.Combine("packer"), "1.6.6", true, null)));
        Assert.That(File.ReadAllLines(calls), Has.Length.EqualTo(1), "the second probe must not start packer");
    }

    [Test]
    public async Task A_replaced_tool_is_asked_again()
    {
        bin.Script("packer", "echo 'Packer v1.6.6'");
        await ProbeOnceAndSave();
        bin.Script("packer", "echo 'Packer v1.11.2' # a longer script, as an upgrade would be");

        var result = await CakeTools.ProbeWithPath(bin.Path, ToolVersionCache.Load(cacheFile)).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));

        Assert.That(result.Version, Is.EqualTo("1.11.2"));
    }

    [Test]
    public void A_corrupt_cache_file_is_treated_as_empty()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        File.WriteAllText(cacheFile, "{ not json");
        bin.Script("packer", "echo 'Packer v1.6.6'");

        var cache = ToolVersionCache.Load(cacheFile);

        Assert.That(cache.Find(bin.Combine("packer")), Is.Null);
    }

    private async Task ProbeOnceAndSave()
    {
        var cache = ToolVersionCache.Load(cacheFile);
        await CakeTools.ProbeWithPath(bin.Path, cache).ProbeAsync(ToolRequirements.Packer, TimeSpan.FromSeconds(10));
        cache.Save();
        Assert.That(File.Exists(cacheFile), Is.True);
    }
}
