using HomeLab.Proxmox.Simulator;

namespace HomeLab.Build.Tests.Support;

/// <summary>
/// A simulator on loopback plus a scratch working directory and a folder of fake tools for one test. The simulated node
/// is prepared as docs/operations.md asks operators to prepare theirs: its <c>local</c> storage also allows <c>import</c>.
/// </summary>
internal sealed class LabEnvironment : IAsyncDisposable
{
    private LabEnvironment(ProxmoxSimulator simulator, TempDirectory work, TempDirectory bin)
    {
        Simulator = simulator;
        Work = work;
        Bin = bin;
    }

    /// <summary>A fresh install's <c>local</c> content, and the same with <c>import</c> for cloud images.</summary>
    public static readonly StorageContentSetting FreshLocal = new("local", ["iso", "vztmpl", "backup"]);

    public static readonly StorageContentSetting PreparedLocal = new("local", ["iso", "vztmpl", "backup", "import"]);

    public ProxmoxSimulator Simulator { get; }

    public TempDirectory Work { get; }

    /// <summary>Fake tools go here; it is put first on PATH.</summary>
    public TempDirectory Bin { get; }

    public string ArtifactsDirectory => Work.Combine("artifacts");

    public static async Task<LabEnvironment> StartAsync()
    {
        var simulator = await ProxmoxSimulator.StartAsync();
        simulator.State.ApplyStorageContent(PreparedLocal);
        var lab = new LabEnvironment(simulator, new TempDirectory("homelab-work-"), new TempDirectory("homelab-bin-"));
        foreach (var tool in new[] { "terraform", "packer", "ansible-playbook", "ssh" })
        {
            FakeTool.WriteVersioned(lab.Bin.Path, tool, "1.0.0");
        }

        return lab;
    }

    /// <summary>A host run pointed at the simulator with every required variable set and Doppler off.</summary>
    public HostRun Host() => HostWithoutSecrets()
        .With("PM_TOKEN_SECRET", Simulator.TokenSecret)
        .With("DOPPLER", "0");

    /// <summary>Everything but the token secret and the Doppler switch, for tests where Doppler provides them.</summary>
    public HostRun HostWithoutSecrets() => new HostRun(Work.Path)
        .WithPathFirst(Bin.Path)
        .With("PVE_ACCESS_HOST", Simulator.AccessHost)
        .With("PVE_TLS_FINGERPRINT", Simulator.CertificateFingerprint)
        .With("PM_TOKEN_ID", Simulator.TokenId)
        .With("PVE_NODE", "pve")
        .With("PVE_STORAGE_VM", "local-lvm");

    /// <summary>Every file under artifacts/, with its text.</summary>
    public IEnumerable<(string Path, string Text)> ArtifactFiles() =>
        Directory.Exists(ArtifactsDirectory)
            ? Directory.EnumerateFiles(ArtifactsDirectory, "*", SearchOption.AllDirectories).Select(path => (path, File.ReadAllText(path)))
            : [];

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        Work.Dispose();
        Bin.Dispose();
    }
}
