using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Tls;

namespace HomeLab.Proxmox.Errors;

/// <summary>Turns an attempt that got no HTTP answer (refused, reset, DNS, TLS, timeout) into a typed failure.</summary>
internal sealed class TransportFailureMapper(ProxmoxClientOptions options, ServerCertificateValidator validator)
{
    private ProxmoxEndpoint Endpoint => options.Endpoint;

    /// <param name="timeout">The limit that ran out; the per-attempt <see cref="ProxmoxClientOptions.Timeout"/> when null.</param>
    public AttemptOutcome TimedOut(ProxmoxRequest request, TimeSpan? timeout = null) =>
        AttemptOutcome.Failure(true, attempts => new ProxmoxTimeoutException(
            $"Proxmox at {Endpoint.Authority} did not answer {request.Describe()} within {Seconds(timeout ?? options.Timeout)}{Attempts.Note(attempts)}; check that the host is up and reachable."));

    public AttemptOutcome Failed(Exception? error, ProxmoxRequest request)
    {
        var socket = Find<SocketException>(error);
        if (Find<AuthenticationException>(error) is not null || HttpError(error) == HttpRequestError.SecureConnectionError)
        {
            return Permanent(TlsFailureMessage.Build(Endpoint, options.Tls, options.SettingNames, validator.LastRejection, error), error);
        }

        if (HttpError(error) == HttpRequestError.NameResolutionError || socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            return Permanent($"The host name {Endpoint.Host} could not be resolved; check {options.SettingNames.AccessHost}.", error);
        }

        if (socket?.SocketErrorCode == SocketError.ConnectionRefused)
        {
            var hint = Endpoint.HasExplicitPort
                ? " Check that pveproxy is running and that the port is right."
                : $" No port was given: pveproxy listens on {ProxmoxEndpoint.DefaultProxmoxPort}; try {options.SettingNames.AccessHost}={Endpoint.SuggestedAccessHost}.";
            return Transient(attempts => $"Could not connect to {Endpoint.BaseUrl}: connection refused{Attempts.Note(attempts)}.{hint}", error);
        }

        if (socket?.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted
            || HttpError(error) == HttpRequestError.ResponseEnded
            || Find<IOException>(error) is not null)
        {
            return Transient(attempts => $"The connection to {Endpoint.Authority} was closed before Proxmox answered {request.Describe()}{Attempts.Note(attempts)}.", error);
        }

        var detail = Innermost(error)?.Message.TrimEnd('.') ?? "unknown error";
        return Permanent($"Could not connect to {Endpoint.BaseUrl}: {detail}.", error);
    }

    private static AttemptOutcome Permanent(string message, Exception? error) =>
        AttemptOutcome.Failure(false, _ => new ProxmoxConnectionException(message, error));

    private static AttemptOutcome Transient(Func<int, string> message, Exception? error) =>
        AttemptOutcome.Failure(true, attempts => new ProxmoxConnectionException(message(attempts), error));

    private static HttpRequestError? HttpError(Exception? error) => Find<HttpRequestException>(error)?.HttpRequestError;

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static Exception? Innermost(Exception? error)
    {
        while (error?.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds switch
    {
        >= 3600 => $"{timeout.TotalHours:0.#} h",
        >= 1 => $"{timeout.TotalSeconds:0.#} s",
        _ => $"{timeout.TotalMilliseconds:0} ms",
    };
}
