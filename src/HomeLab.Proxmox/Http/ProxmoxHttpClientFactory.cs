using System.Net;
using HomeLab.Proxmox.Tls;

namespace HomeLab.Proxmox.Http;

/// <summary>Builds the HttpClient under RestSharp: TLS policy, token header, no proxy surprises.</summary>
internal static class ProxmoxHttpClientFactory
{
    public static HttpClient Create(ProxmoxClientOptions options, ServerCertificateValidator validator)
    {
        TrustStoreWarmUp.Start();
        var sockets = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
        };
        sockets.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            validator.Validate(certificate, chain, errors);

        var handler = new TokenAuthorizationHandler(options.TokenId, options.TokenSecret, sockets);

        // RestSharp enforces options.Timeout per attempt; the HttpClient must not impose its own 100 s limit.
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
