namespace HomeLab.Proxmox;

/// <summary>
/// The API base URL derived from an access host, which may be <c>host</c>, <c>host:port</c> or
/// <c>https://host[:port][/][api2/json]</c>.
/// </summary>
public sealed record ProxmoxEndpoint(Uri BaseUrl, bool HasExplicitPort)
{
    /// <summary>pveproxy's port, suggested when no port was given and the connection was refused.</summary>
    public const int DefaultProxmoxPort = 8006;

    /// <summary>The path every API call lives under.</summary>
    public const string ApiPath = "/api2/json";

    /// <summary>The host as it appears in the URL (IPv6 addresses keep their brackets).</summary>
    public string Host => BaseUrl.Host;

    /// <summary><c>host:port</c> as the client connects to it, for messages.</summary>
    public string Authority => BaseUrl.Authority;

    /// <summary>What the access host would be with pveproxy's port, e.g. <c>pve.lan:8006</c>.</summary>
    public string SuggestedAccessHost => $"{Host}:{DefaultProxmoxPort}";

    /// <summary>Parses an access host; throws <see cref="FormatException"/> with a one-sentence fix.</summary>
    public static ProxmoxEndpoint Parse(string accessHost, ProxmoxSettingNames? names = null) =>
        TryParse(accessHost, out var endpoint, out var error, names) ? endpoint! : throw new FormatException(error);

    /// <param name="names">How the messages name the setting that holds the access host (and the token id).</param>
    public static bool TryParse(string? accessHost, out ProxmoxEndpoint? endpoint, out string? error, ProxmoxSettingNames? names = null)
    {
        names ??= ProxmoxSettingNames.Options;
        var name = names.AccessHost;
        var example = $"{name}=pve.lan:8006";
        endpoint = null;
        error = Validate(accessHost, names, example);
        if (error is not null)
        {
            return false;
        }

        var text = accessHost!;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var withScheme = schemeEnd < 0 ? "https://" + text : text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || uri.HostNameType is UriHostNameType.Unknown or UriHostNameType.Basic
            || string.IsNullOrEmpty(uri.Host))
        {
            error = $"{name} '{text}' is not a host name, host:port or https:// URL; set it like {example}.";
            return false;
        }

        error = CheckParts(text, uri, name, example);
        if (error is not null)
        {
            return false;
        }

        var authority = AuthorityOf(withScheme);
        var hasPort = HasPort(authority);
        var baseUrl = new Uri($"https://{uri.Host}{(hasPort ? ":" + uri.Port : string.Empty)}{ApiPath}");
        endpoint = new ProxmoxEndpoint(baseUrl, hasPort);
        return true;
    }

    private static string? Validate(string? text, ProxmoxSettingNames names, string example)
    {
        var name = names.AccessHost;
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{name} is empty; set it to the Proxmox host, e.g. {example}.";
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return $"{name} '{text}' contains a space; remove it, e.g. {example}.";
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return $"{name} '{text}' uses http://, but pveproxy serves the API over HTTPS only; use https:// or just host:port, e.g. {example}.";
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0 && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return $"{name} '{text}' uses the scheme {text[..schemeEnd]}://; only https:// is served by pveproxy, e.g. {example}.";
        }

        var authority = AuthorityOf(schemeEnd < 0 ? "https://" + text : text);
        if (authority.Length == 0)
        {
            return $"{name} '{text}' has no host; set it like {example}.";
        }

        if (authority.Contains('@'))
        {
            return $"{name} '{text}' contains a user name; give only the host (the token goes in {names.TokenId}), e.g. {example}.";
        }

        if (authority.StartsWith('[') && !authority.Contains(']'))
        {
            return $"{name} '{text}' opens an IPv6 bracket but never closes it; write it as [address]:port, e.g. {name}=[fd00::10]:8006.";
        }

        if (!authority.StartsWith('[') && authority.Count(c => c == ':') > 1)
        {
            return $"{name} '{text}' looks like an IPv6 address without brackets; write it as [address]:port, e.g. {name}=[fd00::10]:8006.";
        }

        var port = PortText(authority);
        if (port is not null && (!int.TryParse(port, out var number) || number is < 1 or > 65535))
        {
            return $"{name} '{text}' has the port '{port}', which is not a number from 1 to 65535; pveproxy listens on 8006, e.g. {example}.";
        }

        return null;
    }

    private static string? CheckParts(string text, Uri uri, string name, string example)
    {
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return $"{name} '{text}' has a query or fragment; give only the host and port, e.g. {example}.";
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.Length > 0 && !string.Equals(path, ApiPath, StringComparison.Ordinal))
        {
            return $"{name} '{text}' has the path {uri.AbsolutePath}; give only the host and port (the client adds {ApiPath}), e.g. {example}.";
        }

        return null;
    }

    private static string AuthorityOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? url[start..] : url[start..end];
    }

    private static bool HasPort(string authority) => PortText(authority) is not null;

    /// <summary>The text after the port colon, or null when the authority names no port.</summary>
    private static string? PortText(string authority)
    {
        var hostEnd = authority.StartsWith('[') ? authority.IndexOf(']') + 1 : 0;
        var colon = authority.IndexOf(':', hostEnd);
        return colon < 0 ? null : authority[(colon + 1)..];
    }
}
