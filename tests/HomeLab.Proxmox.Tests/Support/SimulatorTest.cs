using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Support;

/// <summary>A fresh simulator (default state) and a pinned client for every test; both are cheap to start.</summary>
public abstract class SimulatorTest
{
    protected ProxmoxSimulator Simulator { get; private set; } = null!;

    protected ProxmoxClient Client { get; private set; } = null!;

    protected SimulatorState State => Simulator.State;

    protected SimNode Pve => State.Node("pve");

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
