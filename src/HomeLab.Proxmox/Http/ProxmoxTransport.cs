using System.Text.Json;
using HomeLab.Proxmox.Errors;
using HomeLab.Proxmox.Tls;
using HomeLab.Proxmox.Wire;
using RestSharp;

namespace HomeLab.Proxmox.Http;

/// <summary>
/// Sends <see cref="ProxmoxRequest"/>s through RestSharp: one timeout per attempt, retries with backoff for
/// retryable requests (GETs) on transient failures, the envelope unwrapped, every success handed to the recorder.
/// Uploads go straight through the same HttpClient, streamed, once, under their own timeout.
/// </summary>
internal sealed class ProxmoxTransport : IDisposable
{
    private const string UserAgent = "HomeLab.Proxmox";

    private readonly ProxmoxClientOptions _options;
    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly RestClient _rest;
    private readonly RetryPolicy _retry;
    private readonly TransportFailureMapper _transportFailures;

    public ProxmoxTransport(ProxmoxClientOptions options)
    {
        _options = options;
        var validator = ServerCertificateValidator.Create(options.Tls, options.SettingNames);
        _http = ProxmoxHttpClientFactory.Create(options, validator);
        _baseUri = new Uri(options.Endpoint.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        var restOptions = new RestClientOptions(_baseUri)
        {
            Timeout = options.Timeout,
            ThrowOnAnyError = false,
            UserAgent = UserAgent,
        };
        _rest = new RestClient(_http, restOptions, disposeHttpClient: true);
        _retry = RetryPolicy.From(options);
        _transportFailures = new TransportFailureMapper(options, validator);
    }

    /// <summary>Sends the request and returns its <c>data</c>, read by <paramref name="read"/>.</summary>
    public Task<T> SendAsync<T>(ProxmoxRequest request, Func<JsonElement, T> read, CancellationToken cancellationToken) =>
        SendAsync(request, (data, _) => read(data), cancellationToken);

    /// <summary>As above; <paramref name="read"/> also gets the whole envelope (e.g. for the task log's "total").</summary>
    public async Task<T> SendAsync<T>(ProxmoxRequest request, Func<JsonElement, JsonElement, T> read, CancellationToken cancellationToken)
    {
        var body = await SendWithRetriesAsync(request, cancellationToken).ConfigureAwait(false);
        return Read(request, body, read);
    }

    /// <summary>
    /// POSTs a streamed multipart body once (never retried: the server may already hold the file), limited by
    /// <see cref="ProxmoxClientOptions.UploadTimeout"/> instead of the per-request timeout.
    /// </summary>
    public async Task<T> UploadAsync<T>(string resource, HttpContent content, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var request = new ProxmoxRequest(Method.Post, resource, []);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.UploadTimeout > TimeSpan.Zero && _options.UploadTimeout != Timeout.InfiniteTimeSpan)
        {
            limit.CancelAfter(_options.UploadTimeout);
        }

        AttemptOutcome outcome;
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, resource.TrimStart('/'))) { Content = content };
            message.Headers.UserAgent.ParseAdd(UserAgent);

            // pveproxy refuses (401/403) before it reads the body, then closes; a client still sending a large file
            // would see only a reset. With 100-continue (as curl sends), the refusal arrives before the body is sent.
            message.Headers.ExpectContinue = true;
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
            outcome = HttpStatusMapper.Map((int)response.StatusCode, response.ReasonPhrase, body, request, _options.SettingNames);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = _transportFailures.TimedOut(request, _options.UploadTimeout);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            outcome = _transportFailures.Failed(e, request);
        }

        if (!outcome.IsSuccess)
        {
            throw outcome.ToException(1);
        }

        return Read(request, outcome.Body, (data, _) => read(data));
    }

    public void Dispose() => _rest.Dispose();

    private T Read<T>(ProxmoxRequest request, string? body, Func<JsonElement, JsonElement, T> read)
    {
        if (!JsonEnvelope.TryReadEnvelope(body, out var envelope, out var data, out var problem))
        {
            throw new ProxmoxResponseException($"Proxmox at {_options.Endpoint.Authority} answered {request.Describe()} with {problem}.");
        }

        T result;
        try
        {
            result = read(data, envelope);
        }
        catch (Exception e) when (e is WireFormatException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new ProxmoxResponseException(
                $"Proxmox at {_options.Endpoint.Authority} answered {request.Describe()} in an unexpected shape: {e.Message.TrimEnd('.')}.", e);
        }

        _options.Recorder?.Record(request.Resource, body!);
        return result;
    }

    private async Task<string?> SendWithRetriesAsync(ProxmoxRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
            if (outcome.IsSuccess)
            {
                return outcome.Body;
            }

            if (!request.IsRetryable || !outcome.IsTransient || !_retry.AllowsRetryAfter(attempt))
            {
                throw outcome.ToException(attempt);
            }

            await Task.Delay(_retry.DelayBefore(attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(ProxmoxRequest request, CancellationToken cancellationToken)
    {
        RestResponse response;
        try
        {
            response = await _rest.ExecuteAsync(request.ToRestRequest(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return _transportFailures.Failed(e, request);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            return _transportFailures.TimedOut(request);
        }

        var status = (int)response.StatusCode;
        return status == 0
            ? _transportFailures.Failed(response.ErrorException, request)
            : HttpStatusMapper.Map(status, response.StatusDescription, response.Content, request, _options.SettingNames);
    }
}
