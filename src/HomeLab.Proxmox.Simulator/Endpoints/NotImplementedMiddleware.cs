using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>Unknown path or method: 501 "Method 'GET /foo' not implemented", like pve-http-server's rest_handler.</summary>
internal static class NotImplementedMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiEndpointMarker>() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var message = $"Method '{context.Request.Method} {ApiPaths.Relative(context)}' not implemented";
        var body = new System.Text.Json.Nodes.JsonObject { ["data"] = null };
        if (ApiResponse.CarriesMessage(context))
        {
            body["message"] = message;
        }

        await ApiResponse.Write(context, StatusCodes.Status501NotImplemented, message, ApiResponse.Serialize(body)).ConfigureAwait(false);
    }
}
