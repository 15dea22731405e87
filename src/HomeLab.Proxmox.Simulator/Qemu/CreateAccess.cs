using HomeLab.Proxmox.Simulator.Endpoints;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>
/// The permission and storage checks create_vm makes before it forks: VM.Allocate, then per drive the storage
/// (Datastore.AllocateSpace, existence, images content) and the import source, then bridges, per-key privileges and
/// start. The first problem is the answer.
/// </summary>
internal static class CreateAccess
{
    public static ApiProblem? Check(ApiCall call, int vmId, IReadOnlyDictionary<string, string> parameters)
    {
        var token = call.Token;
        var vmPath = $"/vms/{vmId}";
        if (!token.Has(vmPath, "VM.Allocate"))
        {
            return ApiProblem.Forbidden(vmPath, "VM.Allocate");
        }

        foreach (var drive in Drives(parameters))
        {
            if (CheckDrive(call, vmPath, drive) is { } problem)
            {
                return problem;
            }
        }

        foreach (var (key, value) in parameters.Where(p => p.Key.StartsWith("net", StringComparison.Ordinal)))
        {
            var bridge = value.Split(',').Select(p => p.Split('=', 2)).FirstOrDefault(p => p is ["bridge", _])?[1];
            if (bridge is not null && !token.Has($"/sdn/zones/localnetwork/{bridge}", "SDN.Use"))
            {
                return ApiProblem.Forbidden($"/sdn/zones/localnetwork/{bridge}", "SDN.Use");
            }
        }

        foreach (var key in parameters.Keys.Order(StringComparer.Ordinal))
        {
            if (ConfigSchema.PrivilegesFor(key) is { } privileges && !token.HasAny(vmPath, privileges))
            {
                return ApiProblem.Forbidden(vmPath, privileges);
            }
        }

        return parameters.GetValueOrDefault("start") == "1" && !token.Has(vmPath, "VM.PowerMgmt")
            ? ApiProblem.Forbidden(vmPath, "VM.PowerMgmt")
            : null;
    }

    public static IEnumerable<DriveSpec> Drives(IReadOnlyDictionary<string, string> parameters) =>
        parameters
            .Where(p => DriveSpec.IsDriveKey(p.Key))
            .Select(p => DriveSpec.Parse(p.Key, p.Value))
            .OrderBy(d => DriveSpec.Order(d.Key));

    private static ApiProblem? CheckDrive(ApiCall call, string vmPath, DriveSpec drive)
    {
        var token = call.Token;
        if (drive.IsCdrom && !drive.IsCloudInit)
        {
            return token.Has(vmPath, "VM.Config.CDROM") ? null : ApiProblem.Forbidden(vmPath, "VM.Config.CDROM");
        }

        if (!token.Has(vmPath, "VM.Config.Disk"))
        {
            return ApiProblem.Forbidden(vmPath, "VM.Config.Disk");
        }

        if (drive.IsCloudInit || drive.NewSizeGiB is not null)
        {
            var storageId = drive.StorageId!;
            if (!token.Has($"/storage/{storageId}", "Datastore.AllocateSpace"))
            {
                return ApiProblem.Forbidden($"/storage/{storageId}", "Datastore.AllocateSpace");
            }

            if (call.Node.FindStorage(storageId) is not { } storage)
            {
                return ApiProblem.Died($"storage '{storageId}' does not exist");
            }

            if (!storage.Content.Contains("images"))
            {
                return ApiProblem.Parameter(drive.Key, $"storage '{storageId}' does not support vm images");
            }
        }

        return drive.ImportFrom is { } source ? CheckImportSource(call, drive.Key, source) : null;
    }

    private static ApiProblem? CheckImportSource(ApiCall call, string key, string source)
    {
        if (source.StartsWith('/'))
        {
            return new ApiProblem(403, "Only root can pass arbitrary filesystem paths.");
        }

        var colon = source.IndexOf(':');
        if (colon <= 0)
        {
            return ApiProblem.Parameter(key, $"invalid format - unable to parse volume ID '{source}'");
        }

        var storageId = source[..colon];
        if (call.Node.FindStorage(storageId) is null)
        {
            return ApiProblem.Died($"storage '{storageId}' does not exist");
        }

        var volName = source[(colon + 1)..];
        var type = volName.Split('/')[0] switch
        {
            "iso" => "iso",
            "vztmpl" => "vztmpl",
            "import" => "import",
            "snippets" => "snippets",
            _ => "images",
        };
        if (!call.State.Version.Features.ImportFromImportVolume)
        {
            // Before 8.3 (qemu-server 8.2.7) import-from took disk images alone.
            if (type != "images")
            {
                return ApiProblem.Parameter(key, $"{source} has wrong type '{type}' - needs to be 'images'");
            }
        }
        else if (type is not ("images" or "import"))
        {
            return ApiProblem.Parameter(key, $"{source} has wrong type '{type}' - needs to be 'images' or 'import'");
        }

        if (type == "import")
        {
            string[] read = ["Datastore.AllocateSpace", "Datastore.Audit"];
            return call.Token.HasAny($"/storage/{storageId}", read) ? null : ApiProblem.Forbidden($"/storage/{storageId}", read);
        }

        var owner = OwnerOf(volName);
        return owner is null || call.Token.Has($"/vms/{owner}", "VM.Clone") ? null : ApiProblem.Forbidden($"/vms/{owner}", "VM.Clone");
    }

    /// <summary>The vmid in "vm-100-disk-0", "base-100-disk-0" or "100/vm-100-disk-0.qcow2".</summary>
    private static string? OwnerOf(string volName)
    {
        var file = volName[(volName.LastIndexOf('/') + 1)..];
        var parts = file.Split('-');
        return parts.Length >= 3 && parts[0] is "vm" or "base" ? parts[1] : null;
    }
}
