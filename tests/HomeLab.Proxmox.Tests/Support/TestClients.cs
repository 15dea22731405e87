using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Support;

/// <summary>Clients for a running simulator, with short timeouts and backoff so failure tests stay fast.</summary>
internal static class TestClients
{
    /// <summary>What a host that reads environment variables passes, so that messages name what the operator sets.</summary>
    public static readonly ProxmoxSettingNames VariableNames =
        new("PVE_ACCESS_HOST", "PM_TOKEN_ID", "PM_TOKEN_SECRET", "PVE_TLS_FINGERPRINT", "PVE_CA_CERT", "PVE_TLS_INSECURE");

    public static ProxmoxClientOptions Options(ProxmoxSimulator simulator, ProxmoxTlsOptions? tls = null) => new()
    {
        Endpoint = ProxmoxEndpoint.Parse(simulator.AccessHost),
        TokenId = simulator.TokenId,
        TokenSecret = simulator.TokenSecret,
        Tls = tls ?? ProxmoxTlsOptions.PinFingerprint(simulator.CertificateFingerprint),
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        SettingNames = VariableNames,
    };

    public static ProxmoxClient Create(ProxmoxSimulator simulator, ProxmoxTlsOptions? tls = null) => new(Options(simulator, tls));

    public static ProxmoxClient Create(ProxmoxClientOptions options) => new(options);
}

/// <summary>Keeps every recorded answer for assertions.</summary>
internal sealed class ListRecorder : IResponseRecorder
{
    private readonly List<(string Resource, string Body)> _answers = [];

    public IReadOnlyList<(string Resource, string Body)> Answers
    {
        get
        {
            lock (_answers)
            {
                return _answers.ToArray();
            }
        }
    }

    public void Record(string resource, string body)
    {
        lock (_answers)
        {
            _answers.Add((resource, body));
        }
    }
}
