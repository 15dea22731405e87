using System.Globalization;

namespace HomeLab.Proxmox;

/// <summary>
/// GET /nodes/{node}/qemu/{vmid}/config: every key as text (numbers as their digits), plus helpers for the keys
/// manifests use. <see cref="Digest"/> is the config's SHA-1, usable as an optimistic lock.
/// </summary>
public sealed class PveVmConfig(IReadOnlyDictionary<string, string> values, string? digest)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? Digest { get; } = digest;

    public string? Name => Get("name");

    public bool IsTemplate => Get("template") == "1";

    public string? Description => Get("description");

    /// <summary>The <c>;</c>-separated tags.</summary>
    public IReadOnlyList<string> Tags => Get("tags")?.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>When the VM was created: <c>ctime</c> from <c>meta</c> ("creation-qemu=9.2.0,ctime=1754300000"); null for VMs older than meta.</summary>
    public DateTimeOffset? CreatedAt =>
        Get("meta")?.Split(',').Select(part => part.Split('=', 2)).FirstOrDefault(pair => pair is ["ctime", _]) is [_, var ctime]
        && long.TryParse(ctime, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The storage of the main disk: scsi0's, else ide1's (where Packer's ISO builds put it); null if neither is a volume.</summary>
    public string? DiskStorage => DriveStorage("scsi0") ?? DriveStorage("ide1");

    public string? Get(string key) => Values.GetValueOrDefault(key);

    /// <summary>The storage a drive's volume lives on: "local-lvm" for "local-lvm:vm-100-disk-0,size=32G".</summary>
    public string? DriveStorage(string key)
    {
        var volume = Get(key)?.Split(',')[0];
        if (volume?.StartsWith("file=", StringComparison.Ordinal) == true)
        {
            volume = volume["file=".Length..];
        }

        var colon = volume?.IndexOf(':') ?? -1;
        return colon > 0 ? volume![..colon] : null;
    }
}
