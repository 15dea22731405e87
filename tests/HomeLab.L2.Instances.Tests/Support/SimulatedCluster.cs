using HomeLab.Proxmox;
using HomeLab.Proxmox.Simulator;

namespace HomeLab.L2.Instances.Tests.Support;

/// <summary>
/// The in-process Proxmox simulator over real HTTPS with its fingerprint pinned, and a client for it. Its state starts
/// with one online node, <c>maturin</c>, and no VM.
/// </summary>
internal sealed class SimulatedCluster : IAsyncDisposable
{
    private SimulatedCluster(ProxmoxSimulator simulator, ProxmoxClient client)
    {
        Simulator = simulator;
        Client = client;
    }

    public ProxmoxSimulator Simulator { get; }

    public ProxmoxClient Client { get; }

    public SimNode Maturin => Simulator.State.Node("maturin");

    public RequestJournal Requests => Simulator.Requests;

    public static async Task<SimulatedCluster> StartAsync()
    {
        var state = SimulatorState.CreateDefault();
        state.RemoveNode(SimulatorState.DefaultNodeName);
        state.AddNode("maturin");
        var simulator = await ProxmoxSimulator.StartAsync(state);
        var client = new ProxmoxClient(new ProxmoxClientOptions
        {
            Endpoint = ProxmoxEndpoint.Parse(simulator.AccessHost),
            TokenId = simulator.TokenId,
            TokenSecret = simulator.TokenSecret,
            Tls = ProxmoxTlsOptions.PinFingerprint(simulator.CertificateFingerprint),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });
        return new SimulatedCluster(simulator, client);
    }

    /// <summary>A template VM as L1 leaves it.</summary>
    public static SimVm AddTemplate(SimNode node, int vmid, string name) =>
        node.AddVm(vmid, name).Set("template", "1").Set("scsi0", $"local-lvm:base-{vmid}-disk-0,size=3584M");

    /// <summary>A VM as Terraform would have created it.</summary>
    public static SimVm AddHostVm(SimNode node, int vmid, string name, int cores, int memoryMb, string tags) =>
        node.AddVm(vmid, name).Set("cores", cores.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("memory", memoryMb.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("tags", tags);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
