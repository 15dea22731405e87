using System.Runtime.Versioning;
using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tests.Support;

namespace HomeLab.L0.Runway.Tests.Simulator;

/// <summary>Starts a fresh simulated lab for every test, so each test may bend its state freely.</summary>
[UnsupportedOSPlatform("windows")]
public abstract class SimulatorTestBase
{
    internal SimulatedLab Lab { get; private set; } = null!;

    [SetUp]
    public async Task StartLab()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake tools are /bin/sh scripts.");
        }

        Lab = await SimulatedLab.StartAsync();
    }

    [TearDown]
    public async Task StopLab()
    {
        if (Lab is not null)
        {
            await Lab.DisposeAsync();
        }
    }

    protected static CheckResult Check(RunwayResult result, string name) => result.Checks.Single(c => c.Name == name);

    /// <summary>Reasons are sentences for operators: no stack frames, no exception type names.</summary>
    protected static void AssertPlain(RunwayResult result)
    {
        var texts = result.Failures.Concat(result.Notes).Concat(result.Checks.Select(c => c.Detail)).ToList();
        Assert.That(texts, Has.None.Contains("   at "));
        Assert.That(texts, Has.None.Contains("Exception"));
        Assert.That(texts, Has.None.Contains("HomeLab."));
        Assert.That(texts, Has.None.Contains("System."));
    }
}
