namespace HomeLab.Proxmox;

/// <summary>
/// Base of every error the client raises. <see cref="Exception.Message"/> is a plain sentence fit to show an
/// operator as it is: it never contains the token secret.
/// </summary>
public class ProxmoxException : Exception
{
    public ProxmoxException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code, when the server answered.</summary>
    public int? StatusCode { get; init; }
}

/// <summary>401: the server rejected the API token (unknown id, wrong secret, expired or disabled).</summary>
public sealed class ProxmoxAuthenticationException(string message) : ProxmoxException(message);

/// <summary>403: the token lacks <see cref="Privilege"/> on <see cref="Path"/>.</summary>
public sealed class ProxmoxPermissionException(string message, string? path, string? privilege) : ProxmoxException(message)
{
    public string? Path { get; } = path;

    public string? Privilege { get; } = privilege;
}

/// <summary>The object asked for does not exist (Proxmox answers 500 "... does not exist", or 400 "No such storage.").</summary>
public sealed class ProxmoxNotFoundException(string message) : ProxmoxException(message);

/// <summary>The API could not be reached: refused, reset, DNS failure or TLS rejection.</summary>
public sealed class ProxmoxConnectionException(string message, Exception? innerException = null)
    : ProxmoxException(message, innerException);

/// <summary>The API did not answer in time, after retries.</summary>
public sealed class ProxmoxTimeoutException(string message, Exception? innerException = null)
    : ProxmoxException(message, innerException);

/// <summary>The server answered, but the body was not the JSON envelope that was expected.</summary>
public sealed class ProxmoxResponseException(string message, Exception? innerException = null)
    : ProxmoxException(message, innerException);
