using HomeLab.Proxmox.Simulator.Auth;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>One authenticated API request, as handlers and guards see it.</summary>
internal sealed class ApiCall(HttpContext http, SimulatorContext simulator)
{
    public HttpContext Http { get; } = http;

    public SimulatorContext Simulator { get; } = simulator;

    public SimulatorState State => Simulator.State;

    public SimToken Token => AuthenticationMiddleware.TokenOf(Http);

    /// <summary>The node named by the {node} route value (checked to exist by <see cref="ApiRoute.OnNode"/>).</summary>
    public SimNode Node => State.Node(Route("node"));

    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>A 0/1 query flag; false when absent.</summary>
    public bool QueryFlag(string name) => Query(name) is "1";

    /// <summary>Replaces {name} placeholders with route values: "/storage/{storage}" → "/storage/local".</summary>
    public string Expand(string template)
    {
        var expanded = template;
        foreach (var (name, value) in Http.Request.RouteValues)
        {
            expanded = expanded.Replace("{" + name + "}", value?.ToString(), StringComparison.Ordinal);
        }

        return expanded;
    }
}
