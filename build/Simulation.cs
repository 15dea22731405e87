using Cake.Core.Diagnostics;
using HomeLab.Configuration;
using HomeLab.Proxmox.Simulator;
using HomeLab.Secrets;

namespace HomeLab.Build;

/// <summary>
/// <c>--simulate</c>: starts the Proxmox VE simulator in this process, points the run's settings at it with synthetic
/// credentials (the process environment is left alone), and gives it a scratch copy of the lab, so that the real tasks
/// run unchanged and the operator's manifests are never written.
/// </summary>
public sealed class Simulation(SecretRedactor redactor) : IDisposable
{
    private const string SimulatedPublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHomeLabSimulationKeyNotForLoginXXXXXXXXXXXXXX homelab-simulation";

    private ProxmoxSimulator? _simulator;

    public async Task StartAsync(BuildContext context)
    {
        _simulator = await ProxmoxSimulator.StartAsync();
        // There is no internet to fetch cloud images from; the simulator accepts downloads without fetching.
        _simulator.State.OfflineDownloads = true;

        // The simulator starts as a fresh install does; prepare it as docs/operations.md asks operators to prepare theirs.
        var local = _simulator.State.Node(SimulatorState.DefaultNodeName).Storage("local");
        var freshContent = string.Join(',', local.Content);
        local.AllowContent("import");

        // The simulation replaces only what identifies the Proxmox; thresholds and tool settings stay the operator's.
        context.OverrideVariables(new Dictionary<string, string?>
        {
            [LabVariables.AccessHost] = _simulator.AccessHost,
            [LabVariables.TokenId] = _simulator.TokenId,
            [LabVariables.TokenSecret] = _simulator.TokenSecret,
            [LabVariables.Node] = "pve",
            [LabVariables.StorageVm] = "local-lvm",
            [LabVariables.StorageIso] = "local",
            [LabVariables.Bridge] = "vmbr0",
            [LabVariables.TlsFingerprint] = _simulator.CertificateFingerprint,
            [LabVariables.CaCert] = null,
            [LabVariables.TlsInsecure] = null,
        });
        if (context.Settings.PublicKey is null)
        {
            // Terraform needs a key for cloud-init; a rehearsal has no VM to log in to.
            context.OverrideVariables(new Dictionary<string, string?> { [LabVariables.PublicKey] = SimulatedPublicKey });
        }
        redactor.Add(_simulator.TokenSecret);

        var operatorLab = context.OperatorLabDirectory.FullPath;
        var roots = Path.GetFullPath(context.Settings.TerraformBaseDirectory, operatorLab);
        var scratchRoots = Path.GetRelativePath(operatorLab, roots);
        if (scratchRoots.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(scratchRoots))
        {
            // Roots outside the lab are copied into it, so that the rehearsal writes no state beside them either.
            scratchRoots = LabVariables.DefaultTerraformBaseDirectory;
            context.OverrideVariables(new Dictionary<string, string?> { [LabVariables.TerraformBaseDirectory] = scratchRoots });
        }

        ScratchLab.Create(operatorLab, context.LabDirectory.FullPath, roots, scratchRoots);

        context.Log.Information($"Simulation: Proxmox VE simulator at {_simulator.BaseUrl} (synthetic credentials, Doppler off).");
        context.Log.Information($"Simulation: storage 'local' allows 'import' as well as {freshContent}, prepared as docs/operations.md asks for cloud-image templates.");
        context.Log.Information($"Simulation: working on a copy of the lab, left in {context.Environment.WorkingDirectory.GetRelativePath(context.SimulatedLabDirectory)} when the run ends.");
    }

    /// <summary>Stops the simulator and leaves this run's copy of the lab where the operator looks for it.</summary>
    public void Finish(BuildContext context)
    {
        Dispose();
        ScratchLab.Publish(context.LabDirectory.FullPath, context.SimulatedLabDirectory.FullPath);
    }

    public void Dispose()
    {
        _simulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _simulator = null;
    }
}
