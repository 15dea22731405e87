using System.Globalization;

namespace HomeLab.Tools.Packer;

/// <summary>Reads a Proxmox VMID out of a packer artifact_id.</summary>
public static class PackerArtifactId
{
    /// <summary>Proxmox's VMID range.</summary>
    public const int MinVmid = 100;

    /// <inheritdoc cref="MinVmid"/>
    public const int MaxVmid = 999_999_999;

    /// <summary>
    /// The proxmox builders write the template's VMID as the artifact_id ("9000"). A prefixed form such as
    /// "pve:9000" or "qemu/9000" is read too: the number after the last ':' or '/'.
    /// </summary>
    public static bool TryParseVmid(string? artifactId, out int vmid)
    {
        vmid = 0;
        var text = artifactId?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var last = text[(text.LastIndexOfAny([':', '/']) + 1)..];
        return last.Length > 0
            && last.All(char.IsAsciiDigit)
            && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out vmid)
            && vmid is >= MinVmid and <= MaxVmid;
    }
}
