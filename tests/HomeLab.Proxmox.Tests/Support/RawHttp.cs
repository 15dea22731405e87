using HomeLab.Proxmox.Simulator;

namespace HomeLab.Proxmox.Tests.Support;

/// <summary>Plain HttpClient access to the simulator, to check the wire exactly (status, reason phrase, body).</summary>
internal sealed class RawHttp : IDisposable
{
    private readonly HttpClient _http;
    private readonly ProxmoxSimulator _simulator;

    public RawHttp(ProxmoxSimulator simulator)
    {
        _simulator = simulator;
        var handler = new SocketsHttpHandler();
        var fingerprint = simulator.CertificateFingerprint;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && Tls.CertificateFingerprint.Of(certificate) == fingerprint;
        _http = new HttpClient(handler);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? authorization = "default") =>
        SendAsync(HttpMethod.Get, path, authorization);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? authorization = "default") =>
        SendAsync(method, path, content: null, authorization);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? authorization = "default")
    {
        using var request = new HttpRequestMessage(method, _simulator.BaseUrl + path) { Content = content };
        var header = authorization == "default" ? $"PVEAPIToken={_simulator.TokenId}={_simulator.TokenSecret}" : authorization;
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return await _http.SendAsync(request);
    }

    /// <summary>A form-encoded POST, as Proxmox clients send them.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public static string TokenHeader(SimToken token) => $"PVEAPIToken={token.Id}={token.Secret}";

    public void Dispose() => _http.Dispose();
}
