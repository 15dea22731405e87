using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeLab.Proxmox.Simulator.Auth;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>One authenticated API request, as handlers and guards see it.</summary>
internal sealed class ApiCall(HttpContext http, SimulatorContext simulator)
{
    private Dictionary<string, string>? _parameters;

    public HttpContext Http { get; } = http;

    public SimulatorContext Simulator { get; } = simulator;

    public SimulatorState State => Simulator.State;

    public SimToken Token => AuthenticationMiddleware.TokenOf(Http);

    /// <summary>The node named by the {node} route value (checked to exist by <see cref="ApiRoute.OnNode"/>).</summary>
    public SimNode Node => State.Node(Route("node"));

    /// <summary>The {vmid} route value (checked to be a VMID by <see cref="ApiRoute.Parameters"/>).</summary>
    public int VmId => int.Parse(Route("vmid"), CultureInfo.InvariantCulture);

    /// <summary>
    /// The query string merged with a form or JSON body (the query wins, as in pve-http-server). Loaded by the
    /// <see cref="ApiRoute.Parameters"/> guard; empty before that.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters => _parameters ?? [];

    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>A 0/1 query flag; false when absent.</summary>
    public bool QueryFlag(string name) => Query(name) is "1";

    /// <summary>A parameter from the query or body (see <see cref="Parameters"/>); null when absent.</summary>
    public string? Param(string name) => Parameters.GetValueOrDefault(name);

    /// <summary>A 0/1 parameter; <paramref name="whenAbsent"/> when missing.</summary>
    public bool ParamFlag(string name, bool whenAbsent = false) => Param(name) is { } value ? value == "1" : whenAbsent;

    public async Task<IReadOnlyDictionary<string, string>> LoadParametersAsync()
    {
        if (_parameters is not null)
        {
            return _parameters;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = Http.Request;
        if (request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(Http.RequestAborted).ConfigureAwait(false);
            foreach (var (name, value) in form)
            {
                merged[name] = value.ToString();
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            await ReadJsonBodyAsync(merged).ConfigureAwait(false);
        }

        foreach (var (name, value) in request.Query)
        {
            merged[name] = value.ToString();
        }

        _parameters = merged;
        return merged;
    }

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

    /// <summary>A JSON body may use real booleans and numbers; they become the 1/0 and digits a form would carry.</summary>
    private async Task ReadJsonBodyAsync(Dictionary<string, string> merged)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(Http.Request.Body, cancellationToken: Http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return;
        }

        if (body is not JsonObject members)
        {
            return;
        }

        foreach (var (name, value) in members)
        {
            merged[name] = value?.GetValueKind() switch
            {
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                JsonValueKind.String => value.GetValue<string>(),
                null => string.Empty,
                _ => value.ToJsonString(),
            };
        }
    }
}
