namespace HomeLab.Proxmox.Http;

/// <summary>
/// Adds <c>Authorization: PVEAPIToken=user@realm!name=secret</c> to every request. The header is added without
/// .NET's header validation, which would trip over the '=', '@' and '!' in the value.
/// </summary>
internal sealed class TokenAuthorizationHandler(string tokenId, string tokenSecret, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    private readonly string _headerValue = $"PVEAPIToken={tokenId}={tokenSecret}";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", _headerValue);
        return base.SendAsync(request, cancellationToken);
    }

    // Keeps the secret out of debugger displays and accidental ToString() logging.
    public override string ToString() => $"PVEAPIToken={tokenId}=***";
}
