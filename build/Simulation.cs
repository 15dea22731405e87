using Cake.Core.Diagnostics;
using HomeLab.Proxmox.Simulator;
using HomeLab.Secrets;

namespace HomeLab.Build;

/// <summary>
/// <c>--simulate</c>: starts the Proxmox VE simulator in this process, points the run at it with synthetic
/// credentials, and gives it a scratch copy of the lab, so that the real tasks run unchanged and the operator's
/// manifests are never written.
/// </summary>
public sealed class Simulation(SecretRedactor redactor) : IDisposable
{
    private ProxmoxSimulator? _simulator;

    public async Task StartAsync(BuildContext context)
    {
        _simulator = await ProxmoxSimulator.StartAsync();
        // There is no internet to fetch cloud images from; the simulator accepts downloads without fetching.
        _simulator.State.OfflineDownloads = true;

        // The simulation replaces only what identifies the Proxmox; thresholds and tool settings stay the operator's.
        Set("PVE_ACCESS_HOST", _simulator.AccessHost);
        Set("PM_TOKEN_ID", _simulator.TokenId);
        Set("PM_TOKEN_SECRET", _simulator.TokenSecret);
        Set("PVE_NODE", "pve");
        Set("PVE_STORAGE_VM", "local-lvm");
        Set("PVE_STORAGE_ISO", "local");
        Set("PVE_BRIDGE", "vmbr0");
        Set("PVE_TLS_FINGERPRINT", _simulator.CertificateFingerprint);
        Set("PVE_CA_CERT", null);
        Set("PVE_TLS_INSECURE", null);
        redactor.Add(_simulator.TokenSecret);

        ScratchLab.Create(context.OperatorLabDirectory.FullPath, context.LabDirectory.FullPath);

        context.Log.Information($"Simulation: Proxmox VE simulator at {_simulator.BaseUrl} (synthetic credentials, Doppler off).");
        context.Log.Information($"Simulation: working on a copy of the lab in {context.Environment.WorkingDirectory.GetRelativePath(context.LabDirectory)}.");
    }

    public void Dispose()
    {
        _simulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _simulator = null;
    }

    private static void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
