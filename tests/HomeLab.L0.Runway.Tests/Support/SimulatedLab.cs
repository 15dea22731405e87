using System.Runtime.Versioning;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox.Simulator;
using HomeLab.Testing;

namespace HomeLab.L0.Runway.Tests.Support;

/// <summary>
/// A simulated Proxmox over HTTPS with its certificate pinned, an environment pointing at it, and a bin directory
/// of fake tools that is the whole PATH of the tool probe.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class SimulatedLab : IAsyncDisposable
{
    public static readonly string[] Tools = ["packer", "terraform", "ansible-playbook", "ssh", "doppler"];

    private SimulatedLab(ProxmoxSimulator pve)
    {
        Pve = pve;
        Env = new Env()
            .Set(LabVariables.AccessHost, pve.AccessHost)
            .Set(LabVariables.TokenId, pve.TokenId)
            .Set(LabVariables.TokenSecret, pve.TokenSecret)
            .Set(LabVariables.Node, "pve")
            .Set(LabVariables.StorageVm, "local-lvm")
            .Set(LabVariables.TlsFingerprint, pve.CertificateFingerprint);
        foreach (var tool in Tools)
        {
            AddTool(tool, $"{tool} v1.2.3");
        }
    }

    public ProxmoxSimulator Pve { get; }

    public SimulatorState State => Pve.State;

    public SimNode Node => Pve.State.Node("pve");

    public Env Env { get; }

    public TempDirectory Bin { get; } = new();

    public TempDirectory Output { get; } = new();

    /// <summary>Short timeouts and retry delays so that failure paths stay fast.</summary>
    public RunwayOptions Options { get; set; } = new()
    {
        ApiTimeout = TimeSpan.FromSeconds(5),
        ApiMaxRetries = 2,
        ApiRetryBaseDelay = TimeSpan.FromMilliseconds(10),
        ToolTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<SimulatedLab> StartAsync() => new(await ProxmoxSimulator.StartAsync());

    /// <summary>A fake tool that records its arguments in &lt;bin&gt;/&lt;tool&gt;.args and prints <paramref name="versionLine"/>.</summary>
    public void AddTool(string name, string versionLine) =>
        Bin.Script(name, $"echo \"$@\" >> '{Bin.Combine(name + ".args")}'\necho '{versionLine}'");

    public void RemoveTool(string name) => File.Delete(Bin.Combine(name));

    public Task<RunwayResult> RunAsync(RunwayOptions? options = null) =>
        new RunwayRunner(LabSettingsReader.Read(Env.Lookup), CakeTools.ProbeWithPath(Bin.Path), options ?? Options).RunAsync();

    public async ValueTask DisposeAsync()
    {
        await Pve.DisposeAsync();
        Bin.Dispose();
        Output.Dispose();
    }
}
