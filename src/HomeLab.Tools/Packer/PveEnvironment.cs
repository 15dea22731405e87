using System.Text.RegularExpressions;

namespace HomeLab.Tools.Packer;

/// <summary>
/// The lab's Proxmox values as packer sees them: each under the lab's variable name and as a template variable
/// (<c>PKR_VAR_pve_node</c>), plus the proxmox plugin's own defaults (<c>PROXMOX_URL</c>, <c>PROXMOX_USERNAME</c>,
/// <c>PROXMOX_TOKEN</c>). All of them go through packer's environment, never the command line.
/// </summary>
public static partial class PveEnvironment
{
    public const string AccessHost = "PVE_ACCESS_HOST";
    public const string TokenId = "PM_TOKEN_ID";
    public const string TokenSecret = "PM_TOKEN_SECRET";
    public const string Node = "PVE_NODE";
    public const string StorageVm = "PVE_STORAGE_VM";
    public const string StorageIso = "PVE_STORAGE_ISO";
    public const string Bridge = "PVE_BRIDGE";
    public const string TlsInsecure = "PVE_TLS_INSECURE";

    public const string PluginUrl = "PROXMOX_URL";
    public const string PluginUsername = "PROXMOX_USERNAME";
    public const string PluginToken = "PROXMOX_TOKEN";

    /// <summary>The variables passed on, in this order.</summary>
    public static IReadOnlyList<string> Names { get; } = [AccessHost, TokenId, TokenSecret, Node, StorageVm, StorageIso, Bridge, TlsInsecure];

    /// <summary>The ones whose values are masked in packer's output.</summary>
    public static IReadOnlyList<string> SecretNames { get; } = [TokenSecret];

    /// <summary>The template-variable form of <paramref name="name"/>: <c>PVE_NODE</c> → <c>PKR_VAR_pve_node</c>.</summary>
    public static string PackerVariable(string name) => "PKR_VAR_" + name.ToLowerInvariant();

    /// <summary>Every variable to hand packer for <paramref name="values"/> (blank ones are left out), split into plain and secret ones.</summary>
    public static (IReadOnlyDictionary<string, string> Plain, IReadOnlyDictionary<string, string> Secret) From(PveVariables values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = ValuesByName(values);
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        var secret = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var name in Names)
        {
            var value = lookup(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var target = SecretNames.Contains(name) ? secret : plain;
            target[name] = value;
            target[PackerVariable(name)] = value;
        }

        if (plain.TryGetValue(AccessHost, out var host) && ApiUrl(host) is { } url)
        {
            plain[PluginUrl] = url;
        }

        if (plain.TryGetValue(TokenId, out var tokenId))
        {
            plain[PluginUsername] = tokenId;
        }

        if (secret.TryGetValue(TokenSecret, out var tokenSecret))
        {
            secret[PluginToken] = tokenSecret;
        }

        return (plain, secret);
    }

    private static Func<string, string?> ValuesByName(PveVariables values) => name => name switch
    {
        AccessHost => values.AccessHost,
        TokenId => values.TokenId,
        TokenSecret => values.TokenSecret,
        Node => values.Node,
        StorageVm => values.StorageVm,
        StorageIso => values.StorageIso,
        Bridge => values.Bridge,
        TlsInsecure => values.TlsInsecure ? "1" : null,
        _ => null,
    };

    /// <summary>
    /// The API URL the proxmox plugin expects (<c>https://host:8006/api2/json</c>) for a <c>PVE_ACCESS_HOST</c> given as
    /// <c>host</c>, <c>host:port</c> or an https URL; <c>null</c> when it is none of those.
    /// </summary>
    public static string? ApiUrl(string accessHost)
    {
        var text = accessHost.Trim().TrimEnd('/');
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            return null;
        }

        // Uri reports 443 both for "host" and "host:443"; only an explicit port is kept, otherwise pveproxy's 8006.
        var port = ExplicitPort().IsMatch(text) ? uri.Port : 8006;
        return $"https://{uri.Host}:{port}/api2/json";
    }

    [GeneratedRegex(@"^https://[^/]*:\d+(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitPort();
}
