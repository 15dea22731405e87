using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>Drive sizes as qemu-server writes them: the largest of T/G/M/K that divides the size exactly, else bytes.</summary>
internal static partial class DiskSize
{
    public const long KiB = 1L << 10;
    public const long MiB = 1L << 20;
    public const long GiB = 1L << 30;
    public const long TiB = 1L << 40;

    public static string Format(long bytes)
    {
        foreach (var (unit, suffix) in new[] { (TiB, "T"), (GiB, "G"), (MiB, "M"), (KiB, "K") })
        {
            if (bytes >= unit && bytes % unit == 0)
            {
                return (bytes / unit).ToString(CultureInfo.InvariantCulture) + suffix;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"32G" → bytes; null when unparsable.</summary>
    public static long? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var unit = char.ToUpperInvariant(text[^1]) switch
        {
            'T' => TiB,
            'G' => GiB,
            'M' => MiB,
            'K' => KiB,
            _ => 1L,
        };
        var digits = unit == 1 ? text : text[..^1];
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (long)(value * unit) : null;
    }

    /// <summary>
    /// The resize API's size against a disk of <paramref name="current"/> bytes: <c>+2G</c> grows it by 2 GiB, <c>32G</c>
    /// is absolute (K/M/G/T are binary, fractions allowed, no suffix is bytes); null when it does not match the schema.
    /// </summary>
    public static long? ResizeTarget(string text, long current)
    {
        var match = ResizeText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var size = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * match.Groups["unit"].Value switch
        {
            "K" => KiB,
            "M" => MiB,
            "G" => GiB,
            "T" => TiB,
            _ => 1L,
        };
        return (long)(match.Groups["grow"].Success ? size + current : size);
    }

    [GeneratedRegex(@"^(?<grow>\+)?(?<number>[0-9]+(\.[0-9]+)?)(?<unit>[KMGT])?$")]
    private static partial Regex ResizeText();
}
