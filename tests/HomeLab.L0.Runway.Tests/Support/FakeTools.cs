using HomeLab.L0.Runway.Tools;
using Moq;

namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>A mocked tool probe: every tool found at /usr/bin/&lt;name&gt; with version 1.2.3 unless listed as missing.</summary>
internal static class FakeTools
{
    public static Mock<IToolProbe> Probe(params string[] missing)
    {
        var probe = new Mock<IToolProbe>(MockBehavior.Strict);
        probe.Setup(p => p.ProbeAsync(It.IsAny<ToolRequirement>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ToolRequirement tool, TimeSpan _, CancellationToken _) => missing.Contains(tool.Name)
                ? ToolProbeResult.NotFound
                : new ToolProbeResult($"/usr/bin/{tool.Name}", "1.2.3", true, null));
        return probe;
    }
}
