using HomeLab.Proxmox.Simulator.Endpoints;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Faults;

/// <summary>Applies the <see cref="FaultInjector"/>: latency first, then at most one counted fault.</summary>
internal sealed class FaultMiddleware(FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = ApiPaths.Relative(context);
        var latency = faults.LatencyFor(path);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);
        }

        switch (faults.Take(path))
        {
            case null:
                await next(context).ConfigureAwait(false);
                break;
            case { IsDrop: true }:
                context.Abort();
                break;
            case { ErrorMessage: { } message } fault:
                await ApiResponse.Error(context, fault.StatusCode, message).ConfigureAwait(false);
                break;
            case var fault:
                await ApiResponse.Write(context, fault.StatusCode, fault.ReasonPhrase, fault.Body ?? string.Empty).ConfigureAwait(false);
                break;
        }
    }
}
