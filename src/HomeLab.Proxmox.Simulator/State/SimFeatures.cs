namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// The version-dependent behaviour of the Proxmox VE features HomeLab uses, after pve-storage, qemu-server and
/// pve-http-server's changelogs: the simulator accepts and answers as that release would.
/// </summary>
public sealed class SimFeatures(SimVersion version)
{
    public const long BodyLimitBefore84 = 64 * 1024;
    public const long BodyLimitSince84 = 512 * 1024;

    private static readonly string[] ImportArchives = ["ova"];
    private static readonly string[] ImportArchivesAndDisks = ["ova", "qcow2", "raw", "vmdk"];

    /// <summary>The storage content type <c>import</c> exists since 8.2.</summary>
    public bool ImportContent => version.IsAtLeast(8, 2);

    /// <summary>The content types upload and download-url take: <c>import</c> since 8.3.</summary>
    public IReadOnlyList<string> FileContentTypes => version.IsAtLeast(8, 3) ? ["iso", "vztmpl", "import"] : ["iso", "vztmpl"];

    /// <summary>The file extensions upload and download-url take into <c>import</c>: .ova since 8.3, disk images since 8.4.</summary>
    public IReadOnlyList<string> ImportExtensions => version.IsAtLeast(8, 4) ? ImportArchivesAndDisks : version.IsAtLeast(8, 3) ? ImportArchives : [];

    /// <summary>create's <c>import-from</c> takes an <c>import</c> volume since 8.3 (qemu-server 8.2.7); before, only images.</summary>
    public bool ImportFromImportVolume => version.IsAtLeast(8, 3);

    /// <summary>
    /// Error bodies carry <c>message</c> since pve-http-server 5.2.0 (January 2025, PVE 8.3.3); older servers send only
    /// <c>data</c> (and <c>errors</c>), the text being in the HTTP reason phrase.
    /// </summary>
    public bool ErrorMessageField => version.IsAtLeast(8, 3, 3);

    /// <summary>The largest non-upload POST/PUT body pveproxy reads: 512 KiB since 8.4 (pve-http-server 5.2.1), 64 KiB before.</summary>
    public long RequestBodyLimit => version.IsAtLeast(8, 4) ? BodyLimitSince84 : BodyLimitBefore84;
}
