using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// What GET /version answers, and which Proxmox VE the simulator behaves like (see <see cref="SimFeatures"/>).
/// <see cref="Release"/> is the first two parts of <see cref="Version"/>.
/// </summary>
public sealed partial record SimVersion(string Version, string Release, string RepoId)
{
    public static SimVersion Default { get; } = new("9.2.11", "9.2", "2d1e5a7c90b3f4e6");

    /// <summary>The major, minor and patch numbers of <see cref="Version"/> ("7.4-20" counts as 7.4.20).</summary>
    public (int Major, int Minor, int Patch) Numbers
    {
        get
        {
            var parts = Version.Split('.', '-').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
            return (parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2));
        }
    }

    /// <summary>What this version can and cannot do, for the features HomeLab uses.</summary>
    public SimFeatures Features => new(this);

    /// <summary>A version such as "8.4.21" (or the pre-8.0 "7.4-20"), with the release derived from it.</summary>
    public static SimVersion Of(string version, string repoId = "2d1e5a7c90b3f4e6") =>
        new(version, string.Join('.', version.Split('.', '-').Take(2)), repoId);

    /// <summary>Parses <c>x.y.z</c> (e.g. 8.3.0) as <c>--pve-version</c> takes it.</summary>
    public static bool TryParse(string text, out SimVersion version)
    {
        version = Default;
        if (!VersionText().IsMatch(text))
        {
            return false;
        }

        version = Of(text);
        return true;
    }

    public bool IsAtLeast(int major, int minor, int patch = 0) => Numbers.CompareTo((major, minor, patch)) >= 0;

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{1,3}$")]
    private static partial Regex VersionText();
}
