using HomeLab.Configuration;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.L0.Runway.Tests.Support;
using HomeLab.L0.Runway.Tools;
using Moq;

namespace HomeLab.L0.Runway.Tests.Unit;

/// <summary>A missing tool fails L0 only when a layer the run reaches needs it; otherwise it warns, naming the layer.</summary>
public sealed class ReachedLayerToolTests
{
    private static readonly string[] Everything = ["packer", "terraform", "ansible-playbook", "ssh"];

    private FakeApi _api = null!;

    [SetUp]
    public void CreateApi() => _api = new FakeApi();

    [Test]
    public async Task L0_alone_reports_every_missing_tool_as_a_warning_and_passes()
    {
        var result = await Run(FakeTools.Probe(Everything), reached: []);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Warnings, Is.EqualTo(new[]
            {
                "packer not found on PATH (needed by L1 Templates, which this run does not reach).",
                "terraform not found on PATH (needed by L2 Instances, which this run does not reach).",
                "ansible-playbook not found on PATH (needed by L3 OS and L4 Workloads, which this run does not reach).",
                "ssh not found on PATH (needed by L3 OS and L4 Workloads, which this run does not reach).",
            }));
            Assert.That(result.Checks.Where(c => c.Name.StartsWith("Tool ", StringComparison.Ordinal)).Select(c => c.Status), Is.All.EqualTo(CheckStatus.Warn));
            Assert.That(result.Tools.Select(t => t.Required), Is.All.False);
        });
    }

    [Test]
    public async Task A_run_reaching_L1_fails_on_packer_and_warns_about_the_rest()
    {
        var result = await Run(FakeTools.Probe(Everything), reached: [LabLayer.L1]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(RunwayStatus.Fail));
            Assert.That(result.Failures, Is.EqualTo(new[] { "packer not found on PATH (needed by L1 Templates)." }));
            Assert.That(result.Warnings, Has.Count.EqualTo(3).And.Contains("terraform not found on PATH (needed by L2 Instances, which this run does not reach)."));
            Assert.That(result.Tools.Where(t => t.Required).Select(t => t.Name), Is.EqualTo(new[] { "packer" }));
        });
    }

    [Test]
    public async Task A_run_reaching_L4_needs_ansible_and_ssh_but_not_terraform_when_L2_is_not_run()
    {
        var result = await Run(FakeTools.Probe(Everything), reached: [LabLayer.L4]);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ansible-playbook not found on PATH (needed by L3 OS and L4 Workloads).",
            "ssh not found on PATH (needed by L3 OS and L4 Workloads).",
        }));
    }

    [Test]
    public async Task A_run_reaching_every_layer_fails_on_every_missing_tool()
    {
        var result = await Run(FakeTools.Probe("terraform"), reached: [LabLayer.L1, LabLayer.L2, LabLayer.L3]);

        Assert.That(result.Failures, Is.EqualTo(new[] { "terraform not found on PATH (needed by L2 Instances)." }));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public async Task Without_the_reached_layers_every_tool_is_required()
    {
        var result = await Run(FakeTools.Probe("ssh"), reached: null);

        Assert.That(result.Failures, Is.EqualTo(new[] { "ssh not found on PATH (needed by L3 OS and L4 Workloads)." }));
    }

    [Test]
    public async Task Doppler_stays_required_while_doppler_is_on_even_for_L0_alone()
    {
        var result = await Run(FakeTools.Probe("doppler", "terraform"), reached: [], doppler: true);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "doppler not found on PATH (needed by Doppler secret injection). Install it, or set DOPPLER=0 to use your shell's variables.",
        }));
        Assert.That(result.Warnings, Is.EqualTo(new[] { "terraform not found on PATH (needed by L2 Instances, which this run does not reach)." }));
    }

    [Test]
    public async Task A_tool_that_does_not_start_warns_the_same_way_when_its_layer_is_not_reached()
    {
        var probe = new Mock<IToolProbe>(MockBehavior.Strict);
        probe.Setup(p => p.ProbeAsync(It.IsAny<ToolRequirement>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ToolRequirement tool, TimeSpan _, CancellationToken _) => tool.Name == "terraform"
                ? new ToolProbeResult("/opt/bin/terraform", null, false, "could not be started: permission denied")
                : new ToolProbeResult($"/usr/bin/{tool.Name}", "1.2.3", true, null));

        var unreached = await Run(probe, reached: [LabLayer.L1]);
        var reached = await Run(probe, reached: [LabLayer.L2]);

        Assert.That(unreached.Warnings, Is.EqualTo(new[]
        {
            "terraform at /opt/bin/terraform could not be started: permission denied (needed by L2 Instances, which this run does not reach).",
        }));
        Assert.That(reached.Failures, Is.EqualTo(new[] { "terraform at /opt/bin/terraform could not be started: permission denied (needed by L2 Instances)." }));
    }

    [Test]
    public async Task In_a_simulation_a_reached_layers_missing_tool_still_only_warns()
    {
        var result = await Run(FakeTools.Probe("packer"), reached: [LabLayer.L1], simulation: true);

        Assert.That(result.Status, Is.EqualTo(RunwayStatus.Ok));
        Assert.That(result.Warnings, Is.EqualTo(new[] { "packer not found on PATH (needed by L1 Templates)." + ToolCheck.SimulationSuffix }));
    }

    private async Task<RunwayResult> Run(Mock<IToolProbe> tools, LabLayer[]? reached, bool doppler = false, bool simulation = false)
    {
        var options = new RunwayOptions { ReachedLayers = reached?.ToHashSet(), DopplerEnabled = doppler, Simulation = simulation };
        var runner = new RunwayRunner(LabSettingsReader.Read(Env.Complete().Lookup), tools.Object, options, _ => _api.Client.Object, FixedClock.At2026);
        return await runner.RunAsync();
    }
}
