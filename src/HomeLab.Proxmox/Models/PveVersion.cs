namespace HomeLab.Proxmox;

/// <summary>GET /version. <see cref="Release"/> is "major.minor", e.g. "9.2".</summary>
public sealed record PveVersion(string Version, string Release, string? RepoId)
{
    /// <summary>The major version parsed from <see cref="Release"/> (or <see cref="Version"/>), or 0 when unparsable.</summary>
    public int Major => ParseLeadingInt(string.IsNullOrEmpty(Release) ? Version : Release);

    /// <summary>Major, minor and patch from <see cref="Version"/> ("8.4.21"; the pre-8.0 "7.4-20" as 7.4.20); missing parts are 0.</summary>
    public (int Major, int Minor, int Patch) Numbers
    {
        get
        {
            var parts = Version.Split('.', '-').Select(ParseLeadingInt).ToArray();
            return (Major, parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2));
        }
    }

    public bool IsAtLeast(int major, int minor, int patch = 0) => Numbers.CompareTo((major, minor, patch)) >= 0;

    private static int ParseLeadingInt(string text)
    {
        var digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var value) ? value : 0;
    }
}
