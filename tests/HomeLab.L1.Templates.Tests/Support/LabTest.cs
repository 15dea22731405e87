using System.Security.Cryptography;
using Cake.Core;
using HomeLab.Manifests;
using HomeLab.Proxmox;
using HomeLab.Proxmox.Simulator;
using HomeLab.Testing;

namespace HomeLab.L1.Templates.Tests.Support;

/// <summary>
/// A fresh Proxmox simulator reached over HTTPS with its fingerprint pinned, a temporary lab folder, Cake's real context
/// and a plain-text console, for every test.
/// </summary>
public abstract class LabTest
{
    /// <summary>The run's git sha, as settings pass it.</summary>
    protected const string GitSha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    internal TempDirectory Temp { get; private set; } = null!;

    internal EnvironmentScope Environment { get; private set; } = null!;

    internal CapturingLog Log { get; private set; } = null!;

    internal TestConsole Output { get; private set; } = null!;

    protected ProxmoxSimulator Simulator { get; private set; } = null!;

    protected ProxmoxClient Client { get; private set; } = null!;

    protected SimNode Pve => Simulator.State.Node("pve");

    protected LabManifests Lab { get; private set; } = null!;

    protected ICakeContext Context { get; private set; } = null!;

    /// <summary>What the builders get; a test may replace it (e.g. <c>Settings = Settings with { Simulation = true }</c>).</summary>
    protected TemplateBuildSettings Settings { get; set; } = null!;

    [SetUp]
    public async Task StartLab()
    {
        Temp = new TempDirectory();
        Environment = new EnvironmentScope();
        Environment.Set("SKIP_BUILD", null);
        Simulator = await ProxmoxSimulator.StartAsync();
        Client = new ProxmoxClient(new ProxmoxClientOptions
        {
            Endpoint = ProxmoxEndpoint.Parse(Simulator.AccessHost),
            TokenId = Simulator.TokenId,
            TokenSecret = Simulator.TokenSecret,
            Tls = ProxmoxTlsOptions.PinFingerprint(Simulator.CertificateFingerprint),
            Timeout = TimeSpan.FromSeconds(10),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });
        Lab = new LabManifests(Temp.Path);
        Log = new CapturingLog();
        Context = RealCakeContext.Create(Log, Temp.Path);
        Output = new TestConsole();
        Settings = new TemplateBuildSettings
        {
            Node = "pve",
            VmStorage = "local-lvm",
            IsoStorage = "local",
            Bridge = "vmbr0",
            UploaderHost = "builder-01",
            GitSha = GitSha,
            TaskPollInterval = TimeSpan.FromMilliseconds(20),
            TaskTimeout = TimeSpan.FromSeconds(60),
        };
    }

    [TearDown]
    public async Task StopLab()
    {
        // What the builders showed, for a failing test's report.
        TestContext.Out.WriteLine(Output.Text);
        Client.Dispose();
        await Simulator.DisposeAsync();
        Environment.Dispose();
        Temp.Dispose();
    }

    /// <summary>Writes <c>infra/os/&lt;os&gt;/template.json</c>.</summary>
    protected string WriteTemplate(string os, string json) => Temp.File($"infra/os/{os}/template.json", json);

    internal TemplateBuildRun NewRun(TestConsole? console = null) =>
        new(Lab, Client, Context, (console ?? Output).Console, Settings);

    protected Task<IReadOnlyList<TemplateOutcome>> BuildAsync(BuildMode mode, params string[] oses) =>
        NewRun().BuildAsync(oses, mode);

    protected async Task<TemplateOutcome> BuildOneAsync(string os, BuildMode mode = BuildMode.Always) =>
        (await BuildAsync(mode, os)).Single();

    /// <summary>Runs a build that must fail, and returns its exception.</summary>
    protected async Task<TemplateBuildException> BuildFailsAsync(string os, BuildMode mode = BuildMode.Always)
    {
        try
        {
            await BuildAsync(mode, os);
        }
        catch (TemplateBuildException e)
        {
            return e;
        }

        Assert.Fail($"building {os} should have failed");
        throw new InvalidOperationException();
    }

    /// <summary>The files in an OS's artifacts folder (none when it does not exist).</summary>
    protected string[] ArtifactFiles(string os)
    {
        var folder = Lab.Layout.ArtifactsDirectory(os);
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order().ToArray() : [];
    }

    /// <summary>Writes an OS's stable manifest directly (as a promotion would have).</summary>
    protected string WriteStable(string os, string json, ArtifactFamily family = ArtifactFamily.VmTemplate)
    {
        var path = Lab.Layout.StableManifestFile(os, family);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>Adds a template VM to the simulated node as a finished build leaves it.</summary>
    protected SimVm AddTemplateVm(int vmid, string name, string diskKey = "scsi0", string? description = null, long ctime = 1_764_158_462)
    {
        var vm = Pve.AddVm(vmid, name)
            .Set("template", "1")
            .Set(diskKey, $"local-lvm:base-{vmid}-disk-0,size=3584M")
            .Set("meta", $"creation-qemu=9.2.0,ctime={ctime}");
        if (description is not null)
        {
            vm.Set("description", description);
        }

        return vm;
    }

    protected static byte[] RandomBytes(int size)
    {
        var bytes = new byte[size];
        RandomNumberGenerator.Fill(bytes);
        return bytes;
    }

    protected static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
