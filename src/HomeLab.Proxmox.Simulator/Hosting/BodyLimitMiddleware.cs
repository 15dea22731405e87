using HomeLab.Proxmox.Simulator.Endpoints;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Hosting;

/// <summary>
/// pveproxy reads a POST/PUT body whole before it authenticates, and refuses one larger than its limit with 501 "for data
/// too large" (64 KiB before PVE 8.4, 512 KiB since). Uploads (multipart/form-data) are streamed and have no limit.
/// </summary>
internal sealed class BodyLimitMiddleware(SimulatorContext simulator)
{
    public const string TooLarge = "for data too large";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var limit = simulator.State.Version.Features.RequestBodyLimit;
        if (request.Method is "POST" or "PUT"
            && request.ContentLength > limit
            && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            context.Response.Headers.Connection = "close";
            await ApiResponse.Write(context, StatusCodes.Status501NotImplemented, TooLarge, TooLarge).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
