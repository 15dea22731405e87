namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>
/// Fetches download-url sources for real, streaming. verify-certificates=0 uses a client that accepts any
/// certificate, as wget --no-check-certificate does.
/// </summary>
internal sealed class Downloader : IDisposable
{
    private readonly Lazy<HttpClient> _verifying = new(() => Create(verifyCertificates: true));
    private readonly Lazy<HttpClient> _trusting = new(() => Create(verifyCertificates: false));

    public Task<HttpResponseMessage> GetAsync(Uri url, bool verifyCertificates, CancellationToken cancellationToken) =>
        (verifyCertificates ? _verifying : _trusting).Value.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public void Dispose()
    {
        if (_verifying.IsValueCreated)
        {
            _verifying.Value.Dispose();
        }

        if (_trusting.IsValueCreated)
        {
            _trusting.Value.Dispose();
        }
    }

    private static HttpClient Create(bool verifyCertificates)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = true, MaxAutomaticRedirections = 20 };
        if (!verifyCertificates)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
