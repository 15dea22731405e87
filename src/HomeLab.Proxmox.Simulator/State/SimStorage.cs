namespace HomeLab.Proxmox.Simulator;

/// <summary>A storage as a node sees it: type, enabled content, flags and space (bytes).</summary>
public sealed class SimStorage(string id, string type)
{
    public const long GiB = 1L << 30;

    private IReadOnlySet<string> content = new HashSet<string>(StringComparer.Ordinal);

    public string Id { get; } = id;

    /// <summary>dir, lvmthin, lvm, zfspool, nfs, cifs, rbd, cephfs, pbs, btrfs …</summary>
    public string Type { get; set; } = type;

    /// <summary>Content types such as iso, vztmpl, backup, import, images, rootdir, snippets.</summary>
    public IReadOnlySet<string> Content
    {
        get => Volatile.Read(ref content);
        set => Volatile.Write(ref content, value.ToHashSet(StringComparer.Ordinal));
    }

    public bool Enabled { get; set; } = true;

    public bool Active { get; set; } = true;

    public bool Shared { get; set; }

    /// <summary>Whether files live in a directory (iso/vztmpl/import uploads need it); false for lvm/zfs/rbd.</summary>
    public bool IsFileBased => Type is "dir" or "nfs" or "cifs" or "cephfs" or "btrfs";

    public long Total { get; set; }

    public long Used { get; set; }

    public long Avail => Math.Max(0, Total - Used);

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
