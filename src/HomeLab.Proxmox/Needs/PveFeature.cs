using System.Globalization;

namespace HomeLab.Proxmox;

/// <summary>A Proxmox VE feature HomeLab relies on, and the release that brought it.</summary>
public sealed record PveFeature(string Description, int Major, int Minor)
{
    /// <summary>The storage content type <c>import</c> (pve-storage, PVE 8.2).</summary>
    public static PveFeature ImportContent { get; } = new("the storage content type 'import'", 8, 2);

    /// <summary><c>import-from</c> of an <c>import</c> volume when creating a VM (qemu-server 8.2.7, PVE 8.3).</summary>
    public static PveFeature ImportFromImportVolume { get; } = new("creating a VM disk with import-from of an 'import' volume", 8, 3);

    /// <summary><c>download-url</c> of .qcow2/.raw/.vmdk images into <c>import</c> (pve-storage 8.3.6, PVE 8.4).</summary>
    public static PveFeature DownloadDiskImage { get; } = new("download-url of a .qcow2/.raw/.vmdk image into 'import' content", 8, 4);

    /// <summary>"8.4": the release that brought the feature.</summary>
    public string Since => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    public bool IsIn(PveVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.IsAtLeast(Major, Minor);
    }
}
