namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// One volume of a storage, as GET …/content lists it. Uploaded and downloaded files have a real file in the
/// simulator's own directory (<see cref="FilePath"/>); VM disks and volumes tests add are metadata only.
/// </summary>
public sealed class SimVolume
{
    public SimVolume(string volId, string content, string format, long size, int? vmId = null)
    {
        var colon = volId.IndexOf(':');
        if (colon <= 0 || colon == volId.Length - 1)
        {
            throw new ArgumentException($"'{volId}' is not a volume id; use STORAGE:NAME, e.g. local:iso/debian.iso.", nameof(volId));
        }

        VolId = volId;
        Content = content;
        Format = format;
        Size = size;
        VmId = vmId;
    }

    /// <summary>"local:iso/debian-12.iso", "local-lvm:vm-100-disk-0", "local:100/vm-100-disk-0.qcow2".</summary>
    public string VolId { get; }

    public string StorageId => VolId[..VolId.IndexOf(':')];

    /// <summary>The part after "STORAGE:", e.g. "iso/debian-12.iso".</summary>
    public string VolName => VolId[(VolId.IndexOf(':') + 1)..];

    /// <summary>iso, vztmpl, import, images, rootdir, backup, snippets.</summary>
    public string Content { get; }

    /// <summary>iso, raw, qcow2, vmdk, tzst … as the content list shows it.</summary>
    public string Format { get; }

    public long Size { get; set; }

    public long CTime { get; set; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>The owning VM of an image.</summary>
    public int? VmId { get; }

    public string? Notes { get; set; }

    /// <summary>The real file holding the volume's bytes, when it has any.</summary>
    public string? FilePath { get; internal set; }

    /// <summary>
    /// The checksum an offline download was accepted with: it stands in for the bytes the placeholder lacks
    /// when a later download of the same file compares checksums.
    /// </summary>
    internal (string Algorithm, string Value)? DeclaredChecksum { get; set; }

    public static SimVolume Iso(string storage, string fileName, long size) => new($"{storage}:iso/{fileName}", "iso", "iso", size);

    /// <summary>An import file such as a cloud image: format is the extension (qcow2, raw, vmdk, ova).</summary>
    public static SimVolume Import(string storage, string fileName, long size) =>
        new($"{storage}:import/{fileName}", "import", Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(), size);
}
