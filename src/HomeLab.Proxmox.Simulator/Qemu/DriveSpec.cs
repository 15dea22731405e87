using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// A drive property string such as <c>local-lvm:0,import-from=local:import/noble.qcow2,discard=on</c>: the volume
/// (or STORAGE:SIZE, STORAGE:cloudinit, none, cdrom) and its options.
/// </summary>
internal sealed partial class DriveSpec
{
    private readonly List<KeyValuePair<string, string>> _options;

    private DriveSpec(string key, string volume, List<KeyValuePair<string, string>> options)
    {
        Key = key;
        Volume = volume;
        _options = options;
    }

    public string Key { get; }

    public string Volume { get; }

    public string? StorageId => Volume.Contains(':') ? Volume[..Volume.IndexOf(':')] : null;

    public bool IsCloudInit => StorageId is not null && Volume.EndsWith(":cloudinit", StringComparison.Ordinal);

    public bool IsCdrom => Option("media") == "cdrom" || Volume is "none" or "cdrom";

    public string? ImportFrom => Option("import-from");

    /// <summary>STORAGE:SIZE (GiB, possibly fractional): a disk to allocate (or, with size 0, to import).</summary>
    public double? NewSizeGiB =>
        StorageId is not null
        && double.TryParse(Volume[(Volume.IndexOf(':') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var size)
            ? size
            : null;

    /// <summary>Every drive key, in qemu-server's order (valid_drive_names): the enumeration the resize schema checks.</summary>
    public static IReadOnlyList<string> ValidNames { get; } =
        [.. Numbered("ide", 4), .. Numbered("scsi", 31), .. Numbered("virtio", 16), .. Numbered("sata", 6), "efidisk0", "tpmstate0"];

    public static bool IsDriveKey(string key) => DriveKey().IsMatch(key);

    /// <summary>The drive keys in the order qemu-server creates their disks: ide, sata, scsi, virtio, then efidisk/tpmstate.</summary>
    public static int Order(string key)
    {
        var match = DriveKey().Match(key);
        var bus = Array.IndexOf(["ide", "sata", "scsi", "virtio", "efidisk", "tpmstate"], match.Groups["bus"].Value);
        return bus * 100 + int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
    }

    public static DriveSpec Parse(string key, string value)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        var volume = parts[0];
        if (volume.StartsWith("file=", StringComparison.Ordinal))
        {
            volume = volume["file=".Length..];
        }

        var options = new List<KeyValuePair<string, string>>();
        foreach (var part in parts.Skip(1).Where(p => p.Length > 0))
        {
            var equals = part.IndexOf('=');
            options.Add(equals < 0 ? new(part, "1") : new(part[..equals], part[(equals + 1)..]));
        }

        return new DriveSpec(key, volume, options);
    }

    public string? Option(string name) => _options.LastOrDefault(o => o.Key == name).Value;

    /// <summary>As the config shows it: the volume, the options sorted by name (import-from dropped), then size.</summary>
    public string Render(string volume, long? sizeBytes)
    {
        var shown = _options
            .Where(o => o.Key is not ("import-from" or "size" or "file"))
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => $"{o.Key}={o.Value}")
            .ToList();
        if (sizeBytes is { } size)
        {
            shown.Add("size=" + DiskSize.Format(size));
        }

        return string.Join(',', [volume, .. shown]);
    }

    private static IEnumerable<string> Numbered(string bus, int count) =>
        Enumerable.Range(0, count).Select(index => bus + index.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<bus>ide|sata|scsi|virtio|efidisk|tpmstate)(?<index>\d+)$")]
    private static partial Regex DriveKey();
}
