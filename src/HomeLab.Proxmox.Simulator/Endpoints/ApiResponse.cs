using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using HomeLab.Proxmox.Simulator.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>Writes answers the way pve-http-server does: <c>{"data":…}</c>, errors with data:null and a message.</summary>
internal static class ApiResponse
{
    private const string JsonContentType = "application/json;charset=UTF-8";

    // Perl's JSON encoder leaves quotes and other non-ASCII-special characters alone; so do we.
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task Data(HttpContext context, JsonNode? data, Action<JsonObject>? addToEnvelope = null)
    {
        var envelope = new JsonObject { ["data"] = data };
        addToEnvelope?.Invoke(envelope);
        return Write(context, StatusCodes.Status200OK, "OK", Serialize(envelope));
    }

    /// <summary>A 500 "die": the reason phrase is the first line of the message.</summary>
    public static Task Died(HttpContext context, string message) => Error(context, StatusCodes.Status500InternalServerError, message);

    /// <summary>A 400 with per-parameter errors, as the schema validator reports them.</summary>
    public static Task ParameterError(HttpContext context, string parameter, string error) =>
        Error(context, StatusCodes.Status400BadRequest, "Parameter verification failed.", new Dictionary<string, string> { [parameter] = error });

    public static Task Error(HttpContext context, int status, string message, IReadOnlyDictionary<string, string>? errors = null)
    {
        var body = new JsonObject { ["data"] = null };
        if (errors is not null)
        {
            var errorObject = new JsonObject();
            foreach (var (name, text) in errors)
            {
                errorObject[name] = text;
            }

            body["errors"] = errorObject;
        }

        if (CarriesMessage(context))
        {
            body["message"] = message.EndsWith('\n') ? message : message + "\n";
        }

        return Write(context, status, FirstLine(message), Serialize(body));
    }

    /// <summary>Whether error bodies carry "message": since PVE 8.3.3; older servers leave the text to the reason phrase.</summary>
    public static bool CarriesMessage(HttpContext context) =>
        context.RequestServices?.GetService(typeof(SimulatorContext)) is not SimulatorContext simulator
        || simulator.State.Version.Features.ErrorMessageField;

    /// <summary>Status and reason phrase with an empty body (401s).</summary>
    public static Task Empty(HttpContext context, int status, string reasonPhrase)
    {
        context.Response.StatusCode = status;
        SetReasonPhrase(context, reasonPhrase);
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    public static Task Write(HttpContext context, int status, string? reasonPhrase, string body)
    {
        context.Response.StatusCode = status;
        SetReasonPhrase(context, reasonPhrase);
        context.Response.ContentType = JsonContentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static string Serialize(JsonNode node) => node.ToJsonString(WireOptions);

    private static void SetReasonPhrase(HttpContext context, string? reasonPhrase)
    {
        if (!string.IsNullOrEmpty(reasonPhrase) && context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = reasonPhrase;
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "Internal Server Error" : line;
    }
}
