namespace HomeLab.Manifests;

/// <summary>
/// <c>kind: cloud-image</c>: a distribution's cloud image, downloaded by Proxmox, imported into a new VM and converted to a
/// template. The defaults are the original script's.
/// </summary>
public sealed class CloudImageTemplate : TemplateDefinition
{
    /// <summary>The default <see cref="NamePattern"/>: <c>tpl-ubuntu-20261126-120000</c> for a build of ubuntu at that time (UTC).</summary>
    public const string DefaultNamePattern = "tpl-{os}-{timestamp}";

    /// <summary>The placeholder for the OS name in <see cref="NamePattern"/>.</summary>
    public const string OsPlaceholder = "{os}";

    /// <summary>The placeholder for the build time, UTC, as <c>yyyyMMdd-HHmmss</c> (the artifact's own timestamp).</summary>
    public const string TimestampPlaceholder = "{timestamp}";

    public const int DefaultCores = 2;
    public const int DefaultMemory = 2048;
    public const string DefaultMachine = "q35";
    public const string DefaultOsType = "l26";
    public const string DefaultScsiHardware = "virtio-scsi-single";

    internal CloudImageTemplate(string os, string osDirectory, string? description)
        : base(os, osDirectory, description)
    {
        Tags = ["template", os];
    }

    public override TemplateKind Kind => TemplateKind.CloudImage;

    /// <summary><c>image_url</c>: the cloud image, http(s).</summary>
    public required Uri ImageUrl { get; init; }

    /// <summary><c>checksum</c>: the image's SHA-256, lower-case hex; when set it wins over <see cref="ChecksumUrl"/>.</summary>
    public string? Checksum { get; init; }

    /// <summary><c>checksum_url</c>: a SHA256SUMS file listing the image's file name.</summary>
    public Uri? ChecksumUrl { get; init; }

    /// <summary><c>vmid</c>: the VMID to create; null asks Proxmox for <c>/cluster/nextid</c>.</summary>
    public int? Vmid { get; init; }

    /// <summary><c>name_pattern</c>: the VM name, with <see cref="OsPlaceholder"/> and <see cref="TimestampPlaceholder"/>.</summary>
    public string NamePattern { get; init; } = DefaultNamePattern;

    public int Cores { get; init; } = DefaultCores;

    /// <summary><c>memory</c>, in MiB.</summary>
    public int Memory { get; init; } = DefaultMemory;

    /// <summary><c>bridge</c> for net0; null means the caller's default (PVE_BRIDGE, else vmbr0).</summary>
    public string? Bridge { get; init; }

    public string Machine { get; init; } = DefaultMachine;

    /// <summary><c>ostype</c>, as Proxmox spells it.</summary>
    public string OsType { get; init; } = DefaultOsType;

    /// <summary><c>scsihw</c>: the SCSI controller.</summary>
    public string ScsiHardware { get; init; } = DefaultScsiHardware;

    /// <summary><c>tags</c>; by default <c>template</c> and the OS name.</summary>
    public IReadOnlyList<string> Tags { get; init; }

    /// <summary><c>storage</c> for the disk and the cloud-init drive; null means the caller's default.</summary>
    public string? Storage { get; init; }

    /// <summary><c>disk_size</c>, e.g. <c>32G</c>, to grow the imported disk to; null keeps the image's size.</summary>
    public string? DiskSize { get; init; }

    /// <summary>The VM name for a build at <paramref name="builtAt"/>.</summary>
    public string FormatName(DateTimeOffset builtAt) => NamePattern
        .Replace(OsPlaceholder, Os, StringComparison.Ordinal)
        .Replace(TimestampPlaceholder, builtAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
