using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Tools.Packer;

/// <summary>Reads packer's version from what <c>packer version</c> prints.</summary>
public static partial class PackerVersionText
{
    /// <example>"Packer v1.6.6" → 1.6.6; "Packer v1.11.0-dev" → 1.11.0; "1.9.4" → 1.9.4; "Packer v1.7" → 1.7.0.</example>
    /// <returns>The first version in <paramref name="output"/>, always with three parts; <c>null</c> when there is none.</returns>
    public static Version? Parse(string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return null;
        }

        var match = VersionToken().Match(output);
        if (!match.Success)
        {
            return null;
        }

        static int Part(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        return new Version(Part(match.Groups[1]), Part(match.Groups[2]), Part(match.Groups[3]));
    }

    [GeneratedRegex(@"(?<![\d.])v?(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?")]
    private static partial Regex VersionToken();
}
