using HomeLab.Secrets;
using HomeLab.Tools.Packer;

namespace HomeLab.L1.Templates;

/// <summary>What every template builder needs besides the template itself: where to build, and how this run behaves.</summary>
public sealed record TemplateBuildSettings
{
    public const string DefaultIsoStorage = "local";
    public const string DefaultBridge = "vmbr0";

    /// <summary>The node that builds and holds the templates .</summary>
    public required string Node { get; init; }

    /// <summary>The storage for VM disks and cloud-init drives, unless a template names its own.</summary>
    public required string VmStorage { get; init; }

    /// <summary>The storage for ISOs and downloaded cloud images, content <c>iso</c> and <c>import</c>.</summary>
    public string IsoStorage { get; init; } = DefaultIsoStorage;

    /// <summary>The bridge of net0, unless a template names its own.</summary>
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

    /// <summary>What packer templates read from their environment: the connection and the values above.</summary>
    public PveVariables PackerVariables { get; init; } = new();

    /// <summary>
    /// Masks secrets in everything the builders print and log. When null, one is made that knows the token secret of
    /// <see cref="PackerVariables"/>; pass the run's own (which also knows Doppler's values) when there is one.
    /// </summary>
    public SecretRedactor? Redactor { get; init; }

    /// <summary>The clock for build times and template names.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
