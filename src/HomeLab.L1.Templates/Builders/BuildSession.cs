using Cake.Core;
using HomeLab.Manifests;
using HomeLab.Proxmox;

namespace HomeLab.L1.Templates;

/// <summary>What the builders of one run share: the lab, Proxmox, Cake, the console and the settings.</summary>
internal sealed class BuildSession(
    LabManifests lab,
    IProxmoxClient client,
    ICakeContext context,
    BuildConsole console,
    TemplateBuildSettings settings,
    Func<string, string> redact)
{
    private PveVersion? _pveVersion;
    private string? _gitSha;
    private bool _gitShaRead;

    public LabManifests Lab { get; } = lab;

    public IProxmoxClient Client { get; } = client;

    public ICakeContext Context { get; } = context;

    public BuildConsole Console { get; } = console;

    public TemplateBuildSettings Settings { get; } = settings;

    /// <summary>Masks secrets; everything printed or logged goes through it.</summary>
    public Func<string, string> Redact { get; } = redact;

    /// <summary>The current time, to the second (UTC), as manifests and template names record it.</summary>
    public DateTimeOffset Now()
    {
        var now = Settings.Time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>The template file as the operator knows it, for messages: <c>infra/os/ubuntu/template.json</c>.</summary>
    public string Display(TemplateDefinition template) => Lab.Layout.Display(template.TemplateFile);

    /// <summary>The Proxmox VE version string (GET /version), asked once per run.</summary>
    public async Task<string> PveVersionAsync(CancellationToken ct) => (await VersionAsync(ct).ConfigureAwait(false)).Version;

    /// <summary>GET /version, asked once per run.</summary>
    public async Task<PveVersion> VersionAsync(CancellationToken ct) =>
        _pveVersion ??= await Client.GetVersionAsync(ct).ConfigureAwait(false);

    /// <summary>The lab repository's HEAD: from the settings, else read from the lab's .git; null when unknown.</summary>
    public string? GitSha()
    {
        if (Settings.GitSha is { } given)
        {
            return given;
        }

        if (!_gitShaRead)
        {
            _gitSha = GitHead.TryRead(Lab.Layout.Root);
            _gitShaRead = true;
        }

        return _gitSha;
    }

    /// <summary>Waits for a Proxmox task with the run's poll interval and timeout, showing its progress.</summary>
    public Task<PveTaskStatus> WaitAsync(Upid upid, string what, CancellationToken ct) =>
        Console.WaitForTaskAsync(Client, upid, what, Settings.TaskPollInterval, Settings.TaskTimeout, ct);
}
