using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Simulator.Tls;

namespace HomeLab.Proxmox.Simulator.Hosting;

/// <summary>What every middleware and endpoint of one simulator instance shares.</summary>
internal sealed class SimulatorContext(SimulatorState state, FaultInjector faults, RequestJournal journal, SimulatorCertificates certificates)
{
    public SimulatorState State { get; } = state;

    public FaultInjector Faults { get; } = faults;

    public RequestJournal Journal { get; } = journal;

    public SimulatorCertificates Certificates { get; } = certificates;
}
