using System.Globalization;
using HomeLab.Proxmox.Simulator.Qemu;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// PUT /nodes/{node}/qemu/{vmid}/resize, as qemu-server 8 and later answer it: VM.Config.Disk on the VM, then the schema
/// (disk one of the drive keys, size <c>+?N[.N][KMGT]</c>, digest at most 40 characters) and skiplock (root only, so
/// never a token) are checked at once; everything else is checked by the resize task (see <see cref="ResizeWorker"/>),
/// whose UPID is the answer.
/// </summary>
internal static class QemuResizeEndpoint
{
    public static void Map(ApiRoutes routes) =>
        routes.Put("/nodes/{node}/qemu/{vmid}/resize")
            .Requires("/vms/{vmid}", "VM.Config.Disk")
            .OnNode()
            .Parameters("digest", "skiplock")
            .Needs("disk", "size")
            .Validates(Errors)
            .Handle(async call =>
            {
                if (call.ParamFlag("skiplock"))
                {
                    await ApiResponse.ParameterError(call.Http, "skiplock", "Only root may use this option.").ConfigureAwait(false);
                    return;
                }

                var node = call.Node;
                var worker = new ResizeWorker(node, call.VmId, call.Token, call.Parameters["disk"], call.Parameters["size"], call.Param("digest"));
                var task = call.Simulator.Tasks.Start(node, "resize", call.VmId.ToString(CultureInfo.InvariantCulture), call.Token, worker.RunAsync);
                await ApiResponse.Data(call.Http, task.Upid).ConfigureAwait(false);
            });

    private static IReadOnlyDictionary<string, string> Errors(IReadOnlyDictionary<string, string> parameters)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parameters.TryGetValue("disk", out var disk) && ParameterChecks.EnumError(disk, [.. DriveSpec.ValidNames]) is { } diskError)
        {
            errors["disk"] = diskError;
        }

        if (parameters.TryGetValue("size", out var size) && DiskSize.ResizeTarget(size, 0) is null)
        {
            errors["size"] = "value does not match the regex pattern";
        }

        if (parameters.TryGetValue("digest", out var digest) && digest.Length > 40)
        {
            errors["digest"] = "value may only be 40 characters long";
        }

        if (parameters.TryGetValue("skiplock", out var skiplock) && ParameterChecks.BooleanError(skiplock) is { } skiplockError)
        {
            errors["skiplock"] = skiplockError;
        }

        return errors;
    }
}
