using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Settings;

/// <summary>
/// Validates single variables with the client's own reader (<see cref="ProxmoxSettings"/>), so the runway accepts
/// exactly what the client accepts. That reader stops at the first problem; to list every problem the runway asks
/// it about one variable at a time, filling the others with valid placeholders that never leave this class.
/// </summary>
internal static class ClientSettingsProbe
{
    private const string PlaceholderHost = "runway-probe.invalid:8006";
    private const string PlaceholderTokenId = "runway@pve!probe";
    private const string PlaceholderSecret = "runway-probe-placeholder";

    private static readonly string[] TlsVariables =
        [ProxmoxSettings.FingerprintVariable, ProxmoxSettings.CaCertVariable, ProxmoxSettings.InsecureVariable];

    /// <summary>Why the client would refuse this PM_TOKEN_ID, or null when it accepts it.</summary>
    public static string? TokenIdProblem(string tokenId)
    {
        Read(name => name == ProxmoxSettings.TokenIdVariable ? tokenId : Placeholder(name), out var problem);
        return problem;
    }

    /// <summary>The TLS options the client would use, or null with the reason it would refuse them.</summary>
    public static ProxmoxTlsOptions? Tls(Func<string, string?> lookup, out string? problem) =>
        Read(name => TlsVariables.Contains(name) ? lookup(name) : Placeholder(name), out problem)?.Tls;

    private static ProxmoxClientOptions? Read(Func<string, string?> lookup, out string? problem)
    {
        try
        {
            problem = null;
            return ProxmoxSettings.FromEnvironment(lookup);
        }
        catch (ProxmoxConfigurationException ex)
        {
            problem = ex.Message;
            return null;
        }
    }

    private static string? Placeholder(string name) => name switch
    {
        ProxmoxSettings.AccessHostVariable => PlaceholderHost,
        ProxmoxSettings.TokenIdVariable => PlaceholderTokenId,
        ProxmoxSettings.TokenSecretVariable => PlaceholderSecret,
        _ => null,
    };
}
