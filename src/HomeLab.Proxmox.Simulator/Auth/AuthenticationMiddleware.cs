using HomeLab.Proxmox.Simulator.Endpoints;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Auth;

/// <summary>
/// Authenticates every request by API token before routing. No header: 401 "No ticket"; anything wrong (unknown
/// token, wrong secret, disabled, expired): 401 "Authentication failed!". Both with an empty body, as pveproxy does.
/// </summary>
internal sealed class AuthenticationMiddleware(SimulatorContext simulator)
{
    private const string TokenItem = "pve.token";

    public static SimToken? FindToken(HttpContext context) => context.Items[TokenItem] as SimToken;

    public static SimToken TokenOf(HttpContext context) =>
        FindToken(context) ?? throw new InvalidOperationException("The request was not authenticated.");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            await RefuseAsync(context, "No ticket").ConfigureAwait(false);
            return;
        }

        if (!ApiTokenHeader.TryParse(header, out var tokenId, out var secret)
            || simulator.State.FindToken(tokenId) is not { } token
            || !token.Enabled
            || token.Expires is { } expires && expires <= DateTimeOffset.UtcNow
            || !string.Equals(token.Secret, secret, StringComparison.Ordinal))
        {
            await RefuseAsync(context, "Authentication failed!").ConfigureAwait(false);
            return;
        }

        context.Items[TokenItem] = token;
        await next(context).ConfigureAwait(false);
    }

    private async Task RefuseAsync(HttpContext context, string reasonPhrase)
    {
        var delay = simulator.State.AuthFailureDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }

        // pveproxy closes the connection after a failed login.
        context.Response.Headers.Connection = "close";
        await ApiResponse.Empty(context, StatusCodes.Status401Unauthorized, reasonPhrase).ConfigureAwait(false);
    }
}
