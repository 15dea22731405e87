namespace HomeLab.Proxmox.Simulator.Auth;

/// <summary>
/// Reads <c>Authorization: PVEAPIToken[= ]user@realm!name=secret</c> like pve-http-server: the value runs up to ';',
/// is URL-unescaped, and splits into id and secret at the LAST '='.
/// </summary>
internal static class ApiTokenHeader
{
    private const string Scheme = "PVEAPIToken";

    public static bool TryParse(string? header, out string tokenId, out string secret)
    {
        tokenId = secret = string.Empty;
        if (header is null
            || !header.StartsWith(Scheme, StringComparison.Ordinal)
            || header.Length <= Scheme.Length + 1
            || header[Scheme.Length] is not ('=' or ' '))
        {
            return false;
        }

        var value = header[(Scheme.Length + 1)..];
        var end = value.IndexOf(';');
        value = Uri.UnescapeDataString(end < 0 ? value : value[..end]).Trim();
        var split = value.LastIndexOf('=');
        if (split <= 0 || split == value.Length - 1)
        {
            return false;
        }

        tokenId = value[..split];
        secret = value[(split + 1)..];
        return true;
    }
}
