using Cake.Core;
using HomeLab.Secrets;

namespace HomeLab.L1.Templates;

/// <summary>What every template builder needs besides the template itself: where to build, and how this run behaves.</summary>
public sealed record TemplateBuildSettings
{
    public const string NodeVariable = "PVE_NODE";
    public const string VmStorageVariable = "PVE_STORAGE_VM";
    public const string IsoStorageVariable = "PVE_STORAGE_ISO";
    public const string BridgeVariable = "PVE_BRIDGE";

    public const string DefaultIsoStorage = "local";
    public const string DefaultBridge = "vmbr0";

    /// <summary>The node that builds and holds the templates (PVE_NODE).</summary>
    public required string Node { get; init; }

    /// <summary>The storage for VM disks and cloud-init drives (PVE_STORAGE_VM), unless a template names its own.</summary>
    public required string VmStorage { get; init; }

    /// <summary>The storage for ISOs and downloaded cloud images, content <c>iso</c> and <c>import</c> (PVE_STORAGE_ISO).</summary>
    public string IsoStorage { get; init; } = DefaultIsoStorage;

    /// <summary>The bridge of net0 (PVE_BRIDGE), unless a template names its own.</summary>
    public string Bridge { get; init; } = DefaultBridge;

    /// <summary>
    /// <c>--simulate</c>: no <c>build_command</c> and no <c>packer build</c> run, and no checksum list is fetched (the
    /// simulator accepts downloads offline).
    /// </summary>
    public bool Simulation { get; init; }

    /// <summary>Recorded as <c>uploader_host</c> in ISO manifests.</summary>
    public string UploaderHost { get; init; } = Environment.MachineName;

    /// <summary>The lab repository's HEAD, recorded as <c>git_sha</c> in ISO manifests; when null it is read from the lab's .git.</summary>
    public string? GitSha { get; init; }

    /// <summary>How often a Proxmox task's status is polled.</summary>
    public TimeSpan TaskPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one Proxmox task (a download, an import) may run.</summary>
    public TimeSpan TaskTimeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Masks secrets in everything the builders print and log. When null, one is made that knows PM_TOKEN_SECRET and
    /// DOPPLER_TOKEN from Cake's environment; pass the run's own (which also knows Doppler's values) when there is one.
    /// </summary>
    public SecretRedactor? Redactor { get; init; }

    /// <summary>The clock for build times and template names.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads PVE_NODE and PVE_STORAGE_VM (required), PVE_STORAGE_ISO and PVE_BRIDGE (optional).</summary>
    /// <param name="env">Returns a variable's value, or null when it is unset.</param>
    /// <param name="simulation">Whether this is a <c>--simulate</c> run.</param>
    /// <exception cref="CakeException">A required variable is missing or blank (one line naming it).</exception>
    public static TemplateBuildSettings FromEnvironment(Func<string, string?> env, bool simulation)
    {
        ArgumentNullException.ThrowIfNull(env);
        string? Get(string name) => env(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        return new TemplateBuildSettings
        {
            Node = Get(NodeVariable) ?? throw Missing(NodeVariable, "the Proxmox node that builds the templates, e.g. PVE_NODE=pve"),
            VmStorage = Get(VmStorageVariable) ?? throw Missing(VmStorageVariable, "the storage for template disks, e.g. PVE_STORAGE_VM=local-lvm"),
            IsoStorage = Get(IsoStorageVariable) ?? DefaultIsoStorage,
            Bridge = Get(BridgeVariable) ?? DefaultBridge,
            Simulation = simulation,
        };
    }

    private static CakeException Missing(string name, string what) =>
        new($"{name} is not set; L1 needs it to build templates: set it to {what}.");
}
