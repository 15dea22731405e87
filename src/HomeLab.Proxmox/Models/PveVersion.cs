namespace HomeLab.Proxmox;

/// <summary>GET /version. <see cref="Release"/> is "major.minor", e.g. "9.2".</summary>
public sealed record PveVersion(string Version, string Release, string? RepoId)
{
    /// <summary>The major version parsed from <see cref="Release"/> (or <see cref="Version"/>), or 0 when unparsable.</summary>
    public int Major => ParseLeadingInt(string.IsNullOrEmpty(Release) ? Version : Release);

    private static int ParseLeadingInt(string text)
    {
        var digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var value) ? value : 0;
    }
}
