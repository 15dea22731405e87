using System.Text.RegularExpressions;
using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Wire;

namespace HomeLab.Proxmox.Errors;

/// <summary>Turns an HTTP answer into success or a typed failure, following pve-http-server's conventions.</summary>
internal static partial class HttpStatusMapper
{
    /// <summary>pveproxy's answer to a POST/PUT body over its limit.</summary>
    private const string TooLarge = "for data too large";

    public static AttemptOutcome Map(int status, string? reasonPhrase, string? body, ProxmoxRequest request, ProxmoxSettingNames names)
    {
        if (status is >= 200 and < 300)
        {
            return AttemptOutcome.Success(body);
        }

        var call = request.Describe();
        var errorBody = JsonEnvelope.TryReadError(body);

        // Servers before pve-http-server 5.2 (PVE 8.3.3) send no "message"; the reason phrase carries the same text.
        var reason = reasonPhrase?.Trim();
        var withMessage = errorBody is { Message: null or "" } && !string.IsNullOrEmpty(reason) ? errorBody with { Message = reason } : errorBody;
        var text = withMessage?.Describe() is { Length: > 0 } described ? described : reason ?? string.Empty;

        return status switch
        {
            401 => Permanent(_ => new ProxmoxAuthenticationException(
                $"The API token was rejected (401): check {names.TokenId} and {names.TokenSecret}.") { StatusCode = status }),
            403 => Permanent(_ => Forbidden(errorBody?.Message ?? reasonPhrase, text, call)),
            _ when IsNotFound(status, errorBody, text) => Permanent(_ => new ProxmoxNotFoundException(
                $"{call} failed: {Sentence(NotFoundText(status, errorBody, text))}") { StatusCode = status }),
            501 when text.Equals(TooLarge, StringComparison.OrdinalIgnoreCase) => Permanent(_ => new ProxmoxException(
                $"{call} failed with 501 ({TooLarge}): the request is larger than this Proxmox VE reads (64 KiB before 8.4, 512 KiB since).")
                { StatusCode = status }),
            502 or 503 or 504 => AttemptOutcome.Failure(true, attempts => new ProxmoxException(
                $"{call} failed with {status}: {Clause(text)}{Attempts.Note(attempts)}.") { StatusCode = status }),
            _ => Permanent(_ => new ProxmoxException($"{call} failed with {status}: {Sentence(text)}") { StatusCode = status }),
        };
    }

    private static AttemptOutcome Permanent(Func<int, ProxmoxException> describe) => AttemptOutcome.Failure(false, describe);

    /// <summary>Proxmox reports missing objects as 500 "… does not exist", missing storages as 400 "No such storage."</summary>
    private static bool IsNotFound(int status, ErrorBody? body, string text) => status switch
    {
        500 => text.Contains("does not exist", StringComparison.OrdinalIgnoreCase),
        400 => body?.Errors.Values.Any(e => e.StartsWith("No such ", StringComparison.OrdinalIgnoreCase)) == true,
        _ => false,
    };

    /// <summary>For a 400, the "No such …" parameter errors alone read better than "Parameter verification failed".</summary>
    private static string NotFoundText(int status, ErrorBody? body, string text) =>
        status == 400 && body is not null
            ? string.Join("; ", body.Errors.Values.Where(e => e.StartsWith("No such ", StringComparison.OrdinalIgnoreCase)))
            : text;

    private static ProxmoxPermissionException Forbidden(string? detail, string text, string call)
    {
        var match = detail is null ? null : PermissionCheck().Match(detail);
        if (match is not { Success: true })
        {
            return new ProxmoxPermissionException($"{call} was refused (403): {Sentence(text)}", null, null) { StatusCode = 403 };
        }

        var path = match.Groups["path"].Value.Trim();
        var privilege = match.Groups["priv"].Value.Trim();
        var wanted = string.Join(" or ", privilege.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new ProxmoxPermissionException($"The token lacks {wanted} on {path}.", path, privilege) { StatusCode = 403 };
    }

    /// <summary>The text as one sentence: a final '.' added unless it already ends with '!' or '?'.</summary>
    private static string Sentence(string text)
    {
        var clause = Clause(text);
        return clause.EndsWith('!') || clause.EndsWith('?') ? clause : clause + ".";
    }

    private static string Clause(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length == 0 ? "no details were given" : trimmed;
    }

    [GeneratedRegex(@"Permission check failed \((?<path>[^,]+),\s*(?<priv>[^)]+)\)")]
    private static partial Regex PermissionCheck();
}
