using System.Globalization;

namespace HomeLab.L1.Templates;

/// <summary>Sizes and rates for people: "300.0 MiB", "112.4 MiB/s".</summary>
internal static class ByteText
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB"];

    public static string Size(double bytes)
    {
        var unit = 0;
        while (Math.Abs(bytes) >= 1024 && unit < Units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes:0} {Units[unit]}")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:0.0} {Units[unit]}");
    }

    public static string Rate(double bytesPerSecond) => Size(bytesPerSecond) + "/s";

    public static string Duration(TimeSpan duration) => duration.TotalSeconds switch
    {
        < 10 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s"),
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.0} h"),
    };
}
