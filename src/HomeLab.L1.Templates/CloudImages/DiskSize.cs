using System.Globalization;

namespace HomeLab.L1.Templates;

/// <summary>
/// Disk sizes as template.json's <c>disk_size</c> and a Proxmox drive's <c>size=</c> write them: a number with K, M, G or
/// T (binary units; fractions allowed), or plain bytes.
/// </summary>
internal static class DiskSize
{
    /// <summary>"32G" → 34359738368; null when it is not a size.</summary>
    public static long? ToBytes(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var unit = text[^1] switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1L,
        };
        var number = unit == 1 ? text : text[..^1];
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (long)(value * unit) : null;
    }

    /// <summary>The <c>size=</c> of a drive string such as <c>local-lvm:vm-100-disk-0,discard=on,size=3584M</c>; null when it has none.</summary>
    public static string? OfDrive(string? drive) =>
        drive?.Split(',').Skip(1).Select(option => option.Split('=', 2)).FirstOrDefault(pair => pair is ["size", _]) is [_, var size] ? size : null;
}
