using HomeLab.Proxmox.Simulator.Faults;
using HomeLab.Proxmox.Simulator.Files;
using HomeLab.Proxmox.Simulator.Tasks;
using HomeLab.Proxmox.Simulator.Tls;

namespace HomeLab.Proxmox.Simulator.Hosting;

/// <summary>What every middleware and endpoint of one simulator instance shares.</summary>
internal sealed class SimulatorContext(SimulatorState state, FaultInjector faults, RequestJournal journal, SimulatorCertificates certificates)
    : IAsyncDisposable
{
    public SimulatorState State { get; } = state;

    public FaultInjector Faults { get; } = faults;

    public RequestJournal Journal { get; } = journal;

    public SimulatorCertificates Certificates { get; } = certificates;

    public TaskRunner Tasks { get; } = new(state, faults);

    /// <summary>What download-url tasks fetch with (wget on a real node).</summary>
    public Downloader Downloader { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await Tasks.DisposeAsync().ConfigureAwait(false);
        Downloader.Dispose();
        Certificates.Dispose();
    }
}
