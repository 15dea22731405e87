using Microsoft.AspNetCore.Http;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>A synchronous error a handler found before starting any work: 400, 403 or 500 with Proxmox's text.</summary>
internal sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string>? Errors = null)
{
    public static ApiProblem Died(string message) => new(StatusCodes.Status500InternalServerError, message);

    public static ApiProblem Forbidden(string path, params string[] anyOf) =>
        new(StatusCodes.Status403Forbidden, $"Permission check failed ({path}, {string.Join('|', anyOf)})");

    public static ApiProblem Parameter(string name, string error) =>
        new(StatusCodes.Status400BadRequest, "Parameter verification failed.", new Dictionary<string, string> { [name] = error });

    public static ApiProblem Parameters(IReadOnlyDictionary<string, string> errors) =>
        new(StatusCodes.Status400BadRequest, "Parameter verification failed.", errors);

    public Task WriteAsync(HttpContext context) => ApiResponse.Error(context, Status, Message, Errors);
}
