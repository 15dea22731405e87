namespace HomeLab.Proxmox.Simulator;

/// <summary>A storage as a node sees it: type, enabled content, flags and space (bytes).</summary>
public sealed class SimStorage(string id, string type)
{
    public const long GiB = 1L << 30;

    private readonly object _sync = new();
    private readonly List<SimVolume> _volumes = [];
    private IReadOnlySet<string> _content = new HashSet<string>(StringComparer.Ordinal);
    private string? _path;

    public string Id { get; } = id;

    /// <summary>dir, lvmthin, lvm, zfspool, nfs, cifs, rbd, cephfs, pbs, btrfs …</summary>
    public string Type { get; set; } = type;

    /// <summary>Content types such as iso, vztmpl, backup, import, images, rootdir, snippets.</summary>
    public IReadOnlySet<string> Content
    {
        get => Volatile.Read(ref _content);
        set => Volatile.Write(ref _content, value.ToHashSet(StringComparer.Ordinal));
    }

    public bool Enabled { get; set; } = true;

    public bool Active { get; set; } = true;

    public bool Shared { get; set; }

    /// <summary>Whether files live in a directory (iso/vztmpl/import uploads need it); false for lvm/zfs/rbd.</summary>
    public bool IsFileBased => Type is "dir" or "nfs" or "cifs" or "cephfs" or "btrfs";

    public long Total { get; set; }

    public long Used { get; set; }

    public long Avail => Math.Max(0, Total - Used);

    /// <summary>Where the storage lives on the node, as task logs name it: /var/lib/vz for local, else /mnt/pve/&lt;id&gt;.</summary>
    public string Path
    {
        get => _path ?? (Id == "local" ? "/var/lib/vz" : $"/mnt/pve/{Id}");
        set => _path = value;
    }

    /// <summary>Every volume, ordered by volume id as the content list shows them.</summary>
    public IReadOnlyList<SimVolume> Volumes
    {
        get
        {
            lock (_sync)
            {
                return _volumes.OrderBy(v => v.VolId, StringComparer.Ordinal).ToArray();
            }
        }
    }

    public SimVolume? FindVolume(string volId) => Volumes.FirstOrDefault(v => v.VolId == volId);

    /// <summary>Adds (or replaces) a volume of this storage.</summary>
    public SimVolume AddVolume(SimVolume volume)
    {
        if (volume.StorageId != Id)
        {
            throw new ArgumentException($"Volume {volume.VolId} does not belong to storage {Id}.", nameof(volume));
        }

        lock (_sync)
        {
            _volumes.RemoveAll(v => v.VolId == volume.VolId);
            _volumes.Add(volume);
        }

        return volume;
    }

    public bool RemoveVolume(string volId)
    {
        lock (_sync)
        {
            return _volumes.RemoveAll(v => v.VolId == volId) > 0;
        }
    }

    /// <summary>The file holding an uploaded or downloaded volume's bytes, e.g. <c>FilePath("local:iso/arch.iso")</c>.</summary>
    public string FilePath(string volId) =>
        FindVolume(volId)?.FilePath ?? throw new KeyNotFoundException($"Storage {Id} has no volume {volId} with a file.");

    /// <summary>Lower-case hex SHA-256 of a volume's file.</summary>
    public string Sha256(string volId) => Files.Checksums.OfFile("sha256", FilePath(volId));

    public SimStorage AllowContent(params string[] types)
    {
        Content = Content.Union(types).ToHashSet(StringComparer.Ordinal);
        return this;
    }

    public SimStorage DisallowContent(params string[] types)
    {
        Content = Content.Except(types).ToHashSet(StringComparer.Ordinal);
        return this;
    }

    /// <summary>Sets the free space by adjusting <see cref="Used"/>: "local has 1 GiB free" is <c>SetFree(1 * GiB)</c>.</summary>
    public SimStorage SetFree(long bytes)
    {
        Used = Math.Max(0, Total - bytes);
        return this;
    }
}
