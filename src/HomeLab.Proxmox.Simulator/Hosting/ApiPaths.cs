using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Hosting;

internal static class ApiPaths
{
    public const string Root = "/api2/json";

    /// <summary>The request path below /api2/json ("/version"), or the whole path for anything else.</summary>
    public static string Relative(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(Root, StringComparison.Ordinal, out var rest))
        {
            return path.Value ?? "/";
        }

        var relative = rest.Value?.TrimEnd('/');
        return string.IsNullOrEmpty(relative) ? "/" : relative;
    }
}
