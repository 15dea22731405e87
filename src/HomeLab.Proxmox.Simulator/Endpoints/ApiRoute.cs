using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>Marks endpoints that implement the API; anything else the router finds (e.g. its 405) becomes a 501.</summary>
internal sealed class ApiEndpointMarker
{
    public static ApiEndpointMarker Instance { get; } = new();
}

/// <summary>
/// Declares one API method with the checks pve-http-server runs before the handler, in its order: permission
/// check, then the node proxy lookup, then parameter validation.
/// <code>routes.Get("/nodes/{node}/storage/{storage}/status").Requires("/storage/{storage}", "Datastore.Audit", "Datastore.AllocateSpace").OnNode().Handle(…)</code>
/// </summary>
internal sealed class ApiRoute(IEndpointRouteBuilder app, SimulatorContext simulator, string method, string pattern)
{
    private const string NotInSchema = "property is not defined in schema and the schema does not allow additional properties";

    private readonly List<Func<ApiCall, Task<bool>>> guards = [];

    /// <summary>403 "Permission check failed (path, A|B)" unless the token holds any of the privileges on the path.</summary>
    public ApiRoute Requires(string aclPathTemplate, params string[] anyOf)
    {
        guards.Add(async call =>
        {
            var path = call.Expand(aclPathTemplate);
            if (call.Token.HasAny(path, anyOf))
            {
                return true;
            }

            var message = $"Permission check failed ({path}, {string.Join('|', anyOf)})";
            await ApiResponse.Error(call.Http, StatusCodes.Status403Forbidden, message);
            return false;
        });
        return this;
    }

    /// <summary>
    /// The {node} must be a cluster member (else 500 "hostname lookup … failed", as when pveproxy cannot resolve it)
    /// and online (else 595, as when the proxy to it fails).
    /// </summary>
    public ApiRoute OnNode()
    {
        guards.Add(async call =>
        {
            var name = call.Route("node");
            var node = call.State.FindNode(name);
            if (node is null)
            {
                await ApiResponse.Died(call.Http, $"hostname lookup '{name}' failed - failed to get address info for: {name}: Name or service not known");
                return false;
            }

            if (!node.IsOnline)
            {
                await ApiResponse.Error(call.Http, 595, "Errors during connection establishment, proxy handshake: No route to host");
                return false;
            }

            return true;
        });
        return this;
    }

    /// <summary>400 for any query parameter not listed, as the schema validator rejects unknown properties.</summary>
    public ApiRoute Parameters(params string[] allowed)
    {
        guards.Add(async call =>
        {
            var unknown = call.Http.Request.Query.Keys.FirstOrDefault(key => !allowed.Contains(key, StringComparer.Ordinal));
            if (unknown is null)
            {
                return true;
            }

            await ApiResponse.ParameterError(call.Http, unknown, NotInSchema);
            return false;
        });
        return this;
    }

    public void Handle(Func<ApiCall, Task> handler)
    {
        app.MapMethods(ApiPaths.Root + pattern, [method], async context =>
            {
                var call = new ApiCall(context, simulator);
                foreach (var guard in guards)
                {
                    if (!await guard(call))
                    {
                        return;
                    }
                }

                await handler(call);
            })
            .WithMetadata(ApiEndpointMarker.Instance);
    }
}

/// <summary>Starts <see cref="ApiRoute"/> declarations for one simulator.</summary>
internal sealed class ApiRoutes(IEndpointRouteBuilder app, SimulatorContext simulator)
{
    public ApiRoute Get(string pattern) => new(app, simulator, HttpMethods.Get, pattern);

    public ApiRoute Post(string pattern) => new(app, simulator, HttpMethods.Post, pattern);

    public ApiRoute Delete(string pattern) => new(app, simulator, HttpMethods.Delete, pattern);
}
