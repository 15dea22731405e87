using System.Text.Json;
using HomeLab.Proxmox.Errors;
using HomeLab.Proxmox.Tls;
using HomeLab.Proxmox.Wire;
using RestSharp;

namespace HomeLab.Proxmox.Http;

/// <summary>
/// Sends <see cref="ProxmoxRequest"/>s through RestSharp: one timeout per attempt, retries with backoff for
/// retryable requests on transient failures, the envelope unwrapped, every success handed to the recorder.
/// </summary>
internal sealed class ProxmoxTransport : IDisposable
{
    private readonly ProxmoxClientOptions options;
    private readonly RestClient rest;
    private readonly RetryPolicy retry;
    private readonly TransportFailureMapper transportFailures;

    public ProxmoxTransport(ProxmoxClientOptions options)
    {
        this.options = options;
        var validator = ServerCertificateValidator.Create(options.Tls);
        var httpClient = ProxmoxHttpClientFactory.Create(options, validator);
        var restOptions = new RestClientOptions(new Uri(options.Endpoint.BaseUrl.AbsoluteUri.TrimEnd('/') + "/"))
        {
            Timeout = options.Timeout,
            ThrowOnAnyError = false,
            UserAgent = "HomeLab.Proxmox",
        };
        rest = new RestClient(httpClient, restOptions, disposeHttpClient: true);
        retry = RetryPolicy.From(options);
        transportFailures = new TransportFailureMapper(options, validator);
    }

    /// <summary>Sends the request and returns its <c>data</c>, read by <paramref name="read"/>.</summary>
    public async Task<T> SendAsync<T>(ProxmoxRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var body = await SendWithRetriesAsync(request, cancellationToken).ConfigureAwait(false);
        if (!JsonEnvelope.TryReadData(body, out var data, out var problem))
        {
            throw new ProxmoxResponseException($"Proxmox at {options.Endpoint.Authority} answered {request.Describe()} with {problem}.");
        }

        T result;
        try
        {
            result = read(data);
        }
        catch (Exception e) when (e is WireFormatException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new ProxmoxResponseException(
                $"Proxmox at {options.Endpoint.Authority} answered {request.Describe()} in an unexpected shape: {e.Message.TrimEnd('.')}.", e);
        }

        options.Recorder?.Record(request.Resource, body!);
        return result;
    }

    public void Dispose() => rest.Dispose();

    private async Task<string?> SendWithRetriesAsync(ProxmoxRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
            if (outcome.IsSuccess)
            {
                return outcome.Body;
            }

            if (!request.IsRetryable || !outcome.IsTransient || !retry.AllowsRetryAfter(attempt))
            {
                throw outcome.ToException(attempt);
            }

            await Task.Delay(retry.DelayBefore(attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(ProxmoxRequest request, CancellationToken cancellationToken)
    {
        RestResponse response;
        try
        {
            response = await rest.ExecuteAsync(request.ToRestRequest(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return transportFailures.Failed(e, request);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            return transportFailures.TimedOut(request);
        }

        var status = (int)response.StatusCode;
        return status == 0
            ? transportFailures.Failed(response.ErrorException, request)
            : HttpStatusMapper.Map(status, response.StatusDescription, response.Content, request);
    }
}
