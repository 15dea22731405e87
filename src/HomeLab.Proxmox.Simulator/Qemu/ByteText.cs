using System.Globalization;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>Sizes for task logs: "3.50 GiB", as qemu-img and the import progress lines show them.</summary>
internal static class ByteText
{
    public static string Format(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : value.ToString("0.00", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
