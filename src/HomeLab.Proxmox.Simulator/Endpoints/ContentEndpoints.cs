using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /nodes/{node}/storage/{storage}/content: Datastore.Audit or Datastore.AllocateSpace on the storage, then each
/// VM image additionally needs Datastore.Audit plus VM.Config.Disk on its VM, unless the token has Datastore.Allocate.
/// </summary>
internal static class ContentEndpoints
{
    private static readonly string[] ContentTypes = ["images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import"];

    public static void Map(ApiRoutes routes) =>
        routes.Get("/nodes/{node}/storage/{storage}/content")
            .Requires("/storage/{storage}", "Datastore.Audit", "Datastore.AllocateSpace")
            .OnNode()
            .Parameters("content", "vmid")
            .Handle(async call =>
            {
                var content = call.Query("content");
                if (content is not null && ParameterChecks.EnumError(content, ContentTypes) is { } contentError)
                {
                    await ApiResponse.ParameterError(call.Http, "content", contentError).ConfigureAwait(false);
                    return;
                }

                var vmid = call.Query("vmid");
                if (vmid is not null && ParameterChecks.VmIdError(vmid) is { } vmidError)
                {
                    await ApiResponse.ParameterError(call.Http, "vmid", vmidError).ConfigureAwait(false);
                    return;
                }

                var storageId = call.Route("storage");
                if (call.Node.FindStorage(storageId) is not { } storage)
                {
                    await ApiResponse.Died(call.Http, $"storage '{storageId}' does not exist").ConfigureAwait(false);
                    return;
                }

                var allocate = call.Token.Has($"/storage/{storageId}", "Datastore.Allocate");
                var audit = call.Token.Has($"/storage/{storageId}", "Datastore.Audit");
                var entries = storage.Volumes
                    .Where(v => content is null || v.Content == content)
                    .Where(v => vmid is null || v.VmId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == vmid)
                    .Where(v => v.VmId is not { } owner || allocate || (audit && call.Token.Has($"/vms/{owner}", "VM.Config.Disk")))
                    .Select(v => (JsonNode?)Entry(v));
                await ApiResponse.Data(call.Http, ApiResponse.Array(entries)).ConfigureAwait(false);
            });

    private static JsonObject Entry(SimVolume volume)
    {
        var entry = new JsonObject
        {
            ["volid"] = volume.VolId,
            ["content"] = volume.Content,
            ["format"] = volume.Format,
            ["size"] = volume.Size,
            ["ctime"] = volume.CTime,
        };
        if (volume.VmId is { } vmId)
        {
            entry["vmid"] = vmId;
        }

        if (volume.Notes is { } notes)
        {
            entry["notes"] = notes;
        }

        return entry;
    }
}
