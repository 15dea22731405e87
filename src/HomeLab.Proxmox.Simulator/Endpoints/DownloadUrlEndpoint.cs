using System.Text;
using HomeLab.Proxmox.Simulator.Files;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// POST /nodes/{node}/storage/{storage}/download-url: Datastore.AllocateTemplate on the storage AND (Sys.Audit +
/// Sys.Modify on / OR Sys.AccessNetwork on the node). Parameter and storage errors are immediate; the download task
/// (id = the file name, escaped) fetches the URL for real, or accepts it offline when the state says so.
/// </summary>
internal static class DownloadUrlEndpoint
{
    public static void Map(ApiRoutes routes) =>
        routes.Post("/nodes/{node}/storage/{storage}/download-url")
            .Requires("/storage/{storage}", "Datastore.AllocateTemplate")
            .RequiresAnyOf(("/", ["Sys.Audit", "Sys.Modify"]), ("/nodes/{node}", ["Sys.AccessNetwork"]))
            .OnNode()
            .Parameters("checksum", "checksum-algorithm", "verify-certificates", "compression")
            .Needs("url", "content", "filename")
            .Validates((call, parameters) => Errors(parameters, call.State.Version.Features))
            .Handle(async call =>
            {
                var problem = UploadEndpoint.StorageProblem(call, call.Parameters["content"], call.Parameters["filename"], upload: false);
                if (problem is not null)
                {
                    await problem.WriteAsync(call.Http).ConfigureAwait(false);
                    return;
                }

                var order = new DownloadOrder(
                    new Uri(call.Parameters["url"]),
                    call.Parameters["content"],
                    ContentFiles.Normalise(call.Parameters["filename"]),
                    call.Param("checksum-algorithm"),
                    call.Param("checksum"),
                    call.ParamFlag("verify-certificates", whenAbsent: true),
                    call.Param("compression"));
                var node = call.Node;
                var worker = new DownloadWorker(call.State, call.Simulator.Downloader, node, node.Storage(call.Route("storage")), order);
                var task = call.Simulator.Tasks.Start(node, "download", EscapeId(order.FileName), call.Token, worker.RunAsync);
                await ApiResponse.Data(call.Http, task.Upid).ConfigureAwait(false);
            });

    private static IReadOnlyDictionary<string, string> Errors(IReadOnlyDictionary<string, string> parameters, SimFeatures features)
    {
        var errors = UploadEndpoint.ChecksumErrors(parameters) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        if (parameters.TryGetValue("url", out var url)
            && (!(url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)) || !Uri.TryCreate(url, UriKind.Absolute, out _)))
        {
            errors["url"] = "value does not match the regex pattern";
        }

        if (parameters.TryGetValue("content", out var content) && ParameterChecks.EnumError(content, features.FileContentTypes) is { } contentError)
        {
            errors["content"] = contentError;
        }

        if (parameters.TryGetValue("filename", out var fileName) && fileName.Length > 255)
        {
            errors["filename"] = "value may only be 255 characters long";
        }

        if (parameters.TryGetValue("verify-certificates", out var verify) && ParameterChecks.BooleanError(verify) is { } verifyError)
        {
            errors["verify-certificates"] = verifyError;
        }

        return errors;
    }

    /// <summary>The UPID id: ':' '%' and control characters percent-escaped, since a UPID field may hold no ':'.</summary>
    private static string EscapeId(string fileName)
    {
        var id = new StringBuilder();
        foreach (var c in fileName)
        {
            id.Append(c is ':' or '%' || char.IsControl(c) ? $"%{(int)c:X2}" : c.ToString());
        }

        return id.ToString();
    }
}
