using RestSharp;

namespace HomeLab.Proxmox.Http;

/// <summary>
/// One API call: method, resource below /api2/json and parameters. Only GETs are retried: a POST or PUT that timed
/// out may still have started a task on the server, so it must never be sent twice.
/// </summary>
internal sealed record ProxmoxRequest(Method Method, string Resource, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    public static ProxmoxRequest Get(string resource, params KeyValuePair<string, string>[] query) => new(Method.Get, resource, query);

    /// <summary>A POST whose parameters travel form-encoded in the body.</summary>
    public static ProxmoxRequest Post(string resource, IReadOnlyList<KeyValuePair<string, string>> form) => new(Method.Post, resource, form);

    /// <summary>A PUT whose parameters travel form-encoded in the body, as a POST's do.</summary>
    public static ProxmoxRequest Put(string resource, IReadOnlyList<KeyValuePair<string, string>> form) => new(Method.Put, resource, form);

    /// <summary>A DELETE whose parameters travel in the query string (Proxmox answers a DELETE body with 501).</summary>
    public static ProxmoxRequest Delete(string resource, IReadOnlyList<KeyValuePair<string, string>> query) => new(Method.Delete, resource, query);

    public bool IsRetryable => Method == Method.Get;

    /// <summary>"GET /nodes/pve/network", for messages.</summary>
    public string Describe() => $"{Method.ToString().ToUpperInvariant()} {Resource}";

    public RestRequest ToRestRequest()
    {
        var request = new RestRequest(Resource.TrimStart('/'), Method);
        foreach (var (name, value) in Parameters)
        {
            // Proxmox takes GET and DELETE parameters only from the query string (a DELETE body is a 501).
            if (Method is Method.Get or Method.Delete)
            {
                request.AddQueryParameter(name, value);
            }
            else
            {
                request.AddParameter(name, value);
            }
        }

        return request;
    }
}
