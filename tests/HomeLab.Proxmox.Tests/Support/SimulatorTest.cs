using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Support;

/// <summary>A fresh simulator (default state) and a pinned client for every test; both are cheap to start.</summary>
public abstract class SimulatorTest
{
    protected ProxmoxSimulator Simulator { get; private set; } = null!;

    protected ProxmoxClient Client { get; private set; } = null!;

    protected SimulatorState State => Simulator.State;

    protected SimNode Pve => State.Node("pve");

    /// <summary>Waits for a task with a short poll interval, so tests do not sit out the 1 s default.</summary>
    protected Task<PveTaskStatus> WaitAsync(Upid upid, IProgress<TaskProgress>? progress = null) =>
        Client.WaitForTaskAsync(upid, progress, pollInterval: TimeSpan.FromMilliseconds(20), timeout: TimeSpan.FromSeconds(30));

    [SetUp]
    public async Task StartSimulator()
    {
        Simulator = await ProxmoxSimulator.StartAsync();
        Client = TestClients.Create(Simulator);
    }

    [TearDown]
    public async Task StopSimulator()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
