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
/// check, then the node proxy lookup, then parameter validation. GET and DELETE refuse a body with a 501.
/// <code>routes.Get("/nodes/{node}/storage/{storage}/status").Requires("/storage/{storage}", "Datastore.Audit", "Datastore.AllocateSpace").OnNode().Handle(…)</code>
/// </summary>
internal sealed class ApiRoute(IEndpointRouteBuilder app, SimulatorContext simulator, string method, string pattern)
{
    private const string NotInSchema = "property is not defined in schema and the schema does not allow additional properties";

    private readonly List<Func<ApiCall, Task<bool>>> _guards = [];
    private readonly List<string> _required = [];
    private Func<ApiCall, IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>>? _valueChecks;

    /// <summary>403 "Permission check failed (path, A|B)" unless the token holds any of the privileges on the path.</summary>
    public ApiRoute Requires(string aclPathTemplate, params string[] anyOf)
    {
        _guards.Add(async call =>
        {
            var path = call.Expand(aclPathTemplate);
            if (call.Token.HasAny(path, anyOf))
            {
                return true;
            }

            var message = $"Permission check failed ({path}, {string.Join('|', anyOf)})";
            await ApiResponse.Error(call.Http, StatusCodes.Status403Forbidden, message).ConfigureAwait(false);
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
        _guards.Add(async call =>
        {
            var name = call.Route("node");
            var node = call.State.FindNode(name);
            if (node is null)
            {
                await ApiResponse.Died(call.Http, $"hostname lookup '{name}' failed - failed to get address info for: {name}: Name or service not known").ConfigureAwait(false);
                return false;
            }

            if (!node.IsOnline)
            {
                await ApiResponse.Error(call.Http, 595, "Errors during connection establishment, proxy handshake: No route to host").ConfigureAwait(false);
                return false;
            }

            return true;
        });
        return this;
    }

    /// <summary>
    /// Schema validation: 400 "Parameter verification failed." listing every parameter (query or body) that is not
    /// <paramref name="allowed"/> or <see cref="Needs">needed</see>, every needed one that is missing, and a
    /// {vmid} route value that is not a VMID.
    /// </summary>
    public ApiRoute Parameters(params string[] allowed) => Parameters(name => allowed.Contains(name, StringComparer.Ordinal));

    /// <summary>As <see cref="Parameters(string[])"/>, for schemas with numbered keys (net0, scsi1 …).</summary>
    public ApiRoute Parameters(Func<string, bool> isAllowed)
    {
        _guards.Add(async call =>
        {
            var given = await call.LoadParametersAsync().ConfigureAwait(false);
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (call.Http.Request.RouteValues.ContainsKey("vmid") && ParameterChecks.VmIdError(call.Route("vmid")) is { } vmidError)
            {
                errors["vmid"] = vmidError;
            }

            foreach (var name in given.Keys.Where(key => !isAllowed(key) && !_required.Contains(key, StringComparer.Ordinal)))
            {
                errors[name] = NotInSchema;
            }

            foreach (var name in _required.Where(name => !given.ContainsKey(name)))
            {
                errors[name] = ParameterChecks.Missing;
            }

            foreach (var (name, error) in _valueChecks?.Invoke(call, given) ?? new Dictionary<string, string>())
            {
                errors.TryAdd(name, error);
            }

            if (errors.Count == 0)
            {
                return true;
            }

            await ApiResponse.Error(call.Http, StatusCodes.Status400BadRequest, "Parameter verification failed.", errors).ConfigureAwait(false);
            return false;
        });
        return this;
    }

    /// <summary>Checks of the parameters' values (name → error), reported by <see cref="Parameters"/> with the schema's other errors.</summary>
    public ApiRoute Validates(Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> checks) =>
        Validates((_, parameters) => checks(parameters));

    /// <summary>As above, for checks that depend on the simulated release (e.g. the content types download-url takes).</summary>
    public ApiRoute Validates(Func<ApiCall, IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> checks)
    {
        _valueChecks = checks;
        return this;
    }

    /// <summary>Parameters that must be present (checked by <see cref="Parameters"/>, which must also be declared).</summary>
    public ApiRoute Needs(params string[] names)
    {
        _required.AddRange(names);
        return this;
    }

    /// <summary>
    /// 403 unless one of the alternatives holds: each is a path and privileges that are ALL needed there, as in
    /// download-url's "(Sys.Audit and Sys.Modify on /) or Sys.AccessNetwork on /nodes/{node}". The message names the
    /// last alternative's first missing privilege.
    /// </summary>
    public ApiRoute RequiresAnyOf(params (string AclPath, string[] AllOf)[] alternatives)
    {
        _guards.Add(async call =>
        {
            string? denied = null;
            foreach (var (template, allOf) in alternatives)
            {
                var path = call.Expand(template);
                var missing = allOf.FirstOrDefault(privilege => !call.Token.Has(path, privilege));
                if (missing is null)
                {
                    return true;
                }

                denied = $"Permission check failed ({path}, {missing})";
            }

            await ApiResponse.Error(call.Http, StatusCodes.Status403Forbidden, denied ?? "Permission check failed").ConfigureAwait(false);
            return false;
        });
        return this;
    }

    public void Handle(Func<ApiCall, Task> handler)
    {
        app.MapMethods(ApiPaths.Root + pattern, [method], async context =>
            {
                var call = new ApiCall(context, simulator);
                if (method is "GET" or "DELETE" && HasBody(context.Request))
                {
                    var unexpected = $"Unexpected content for method '{method}'";
                    await ApiResponse.Write(context, StatusCodes.Status501NotImplemented, unexpected, unexpected).ConfigureAwait(false);
                    return;
                }

                foreach (var guard in _guards)
                {
                    if (!await guard(call).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                await handler(call).ConfigureAwait(false);
            })
            .WithMetadata(ApiEndpointMarker.Instance);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Starts <see cref="ApiRoute"/> declarations for one simulator.</summary>
internal sealed class ApiRoutes(IEndpointRouteBuilder app, SimulatorContext simulator)
{
    public ApiRoute Get(string pattern) => new(app, simulator, HttpMethods.Get, pattern);

    public ApiRoute Post(string pattern) => new(app, simulator, HttpMethods.Post, pattern);

    /// <summary>A PUT: its parameters come from the query and a form or JSON body, as a POST's do.</summary>
    public ApiRoute Put(string pattern) => new(app, simulator, HttpMethods.Put, pattern);

    public ApiRoute Delete(string pattern) => new(app, simulator, HttpMethods.Delete, pattern);
}
