using HomeLab.Proxmox.Simulator.Files;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// POST /nodes/{node}/storage/{storage}/upload: Datastore.AllocateTemplate is checked before the body is read; the
/// body is spooled to a temporary file; then the handler checks the fields (400), the storage (500) and the file
/// name, and starts an imgcopy task (empty id) that verifies the checksum and moves the file into the storage.
/// </summary>
internal static class UploadEndpoint
{
    public static void Map(ApiRoutes routes) =>
        routes.Post("/nodes/{node}/storage/{storage}/upload")
            .Requires("/storage/{storage}", "Datastore.AllocateTemplate")
            .OnNode()
            .Parameters()
            .Handle(async call =>
            {
                UploadForm form;
                try
                {
                    form = await UploadReceiver.ReceiveAsync(call.Http, call.State).ConfigureAwait(false);
                }
                catch (UploadRejected rejected)
                {
                    call.Http.Response.Headers.Connection = "close";
                    await ApiResponse.Error(call.Http, rejected.Status, rejected.Message).ConfigureAwait(false);
                    return;
                }

                var started = false;
                try
                {
                    if (Check(call, form) is { } problem)
                    {
                        await problem.WriteAsync(call.Http).ConfigureAwait(false);
                        return;
                    }

                    var task = Start(call, form);
                    started = true;
                    await ApiResponse.Data(call.Http, task.Upid).ConfigureAwait(false);
                }
                finally
                {
                    if (!started)
                    {
                        VolumeFiles.DeleteQuietly(form.TempPath);
                    }
                }
            });

    private static ApiProblem? Check(ApiCall call, UploadForm form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = form.Fields;
        foreach (var unknown in fields.Keys.Where(k => !UploadReceiver.TextFields.Contains(k)))
        {
            errors[unknown] = "property is not defined in schema and the schema does not allow additional properties";
        }

        if (!fields.TryGetValue("content", out var content))
        {
            errors["content"] = ParameterChecks.Missing;
        }
        else if (ParameterChecks.EnumError(content, call.State.Version.Features.FileContentTypes) is { } contentError)
        {
            errors["content"] = contentError;
        }

        if (form.TempPath is null)
        {
            errors["filename"] = ParameterChecks.Missing;
        }

        if (ChecksumErrors(fields) is { } checksumErrors)
        {
            foreach (var (name, error) in checksumErrors)
            {
                errors[name] = error;
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblem.Parameters(errors);
        }

        return StorageProblem(call, content!, form.FileName!, upload: true);
    }

    /// <summary>The storage checks upload and download-url share; null when the file may go there.</summary>
    public static ApiProblem? StorageProblem(ApiCall call, string content, string fileName, bool upload)
    {
        var storageId = call.Route("storage");
        if (call.Node.FindStorage(storageId) is not { } storage)
        {
            return ApiProblem.Died($"storage '{storageId}' does not exist");
        }

        if (!storage.Enabled)
        {
            return ApiProblem.Died($"storage '{storageId}' is disabled");
        }

        if (!storage.IsFileBased)
        {
            return ApiProblem.Died(upload
                ? $"can't upload to storage type '{storage.Type}'"
                : $"can't upload to storage type '{storage.Type}', not a file based storage!");
        }

        if (ContentFiles.ExtensionError(content, ContentFiles.Normalise(fileName), call.State.Version.Features) is { } extensionError)
        {
            return ApiProblem.Parameter("filename", extensionError);
        }

        return storage.Content.Contains(content)
            ? null
            : ApiProblem.Died(upload
                ? $"storage '{storageId}' does not support '{content}' content"
                : $"storage '{storageId}' is not configured for content-type '{content}'");
    }

    /// <summary>checksum and checksum-algorithm come together, and the algorithm is one pve-storage knows.</summary>
    public static Dictionary<string, string>? ChecksumErrors(IReadOnlyDictionary<string, string> fields)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var hasAlgorithm = fields.TryGetValue("checksum-algorithm", out var algorithm);
        var hasChecksum = fields.ContainsKey("checksum");
        if (hasAlgorithm && ParameterChecks.EnumError(algorithm!, Checksums.Algorithms) is { } algorithmError)
        {
            errors["checksum-algorithm"] = algorithmError;
        }

        if (hasChecksum && !hasAlgorithm)
        {
            errors["checksum-algorithm"] = "missing property - 'checksum' requires this property";
        }

        if (hasAlgorithm && !hasChecksum)
        {
            errors["checksum"] = "missing property - 'checksum-algorithm' requires this property";
        }

        return errors.Count > 0 ? errors : null;
    }

    private static SimTask Start(ApiCall call, UploadForm form)
    {
        var node = call.Node;
        var storage = node.Storage(call.Route("storage"));
        var content = form.Fields["content"];
        var fileName = ContentFiles.Normalise(form.FileName!);
        var algorithm = form.Fields.GetValueOrDefault("checksum-algorithm");
        var expected = form.Fields.GetValueOrDefault("checksum");
        var state = call.State;
        var tempPath = form.TempPath!;
        var shownTemp = "/var/tmp/" + Path.GetFileName(tempPath);

        return call.Simulator.Tasks.Start(node, "imgcopy", string.Empty, call.Token, async task =>
        {
            try
            {
                task.Log($"starting file import from: {shownTemp}");
                if (algorithm is not null)
                {
                    var actual = await Checksums.OfFileAsync(algorithm, tempPath, task.CancellationToken).ConfigureAwait(false);
                    if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
                    {
                        task.Log("calculating checksum...");
                        throw new TaskFailure($"checksum mismatch: got '{actual}' != expect '{expected}'");
                    }

                    task.Log("calculating checksum...OK, checksum verified");
                }

                var volName = ContentFiles.VolName(content, fileName);
                var target = $"{storage.Path}/{ContentFiles.Directory(content)}/{fileName}";
                task.Log($"target node: {node.Name}");
                task.Log($"target file: {target}");
                task.Log($"file size is: {form.Size}");
                task.Log($"command: cp -- {shownTemp} {target}");
                var path = VolumeFiles.PathFor(state, node, storage, volName);
                File.Move(tempPath, path, overwrite: true);
                storage.AddVolume(new SimVolume($"{storage.Id}:{volName}", content, ContentFiles.Format(content, fileName), form.Size) { FilePath = path });
                task.Log("finished file import successfully");
            }
            finally
            {
                VolumeFiles.DeleteQuietly(tempPath);
            }
        }, onFailure: () => VolumeFiles.DeleteQuietly(tempPath));
    }
}
