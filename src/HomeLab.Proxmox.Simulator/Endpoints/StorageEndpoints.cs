using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /nodes/{node}/storage (filtered by Datastore.Audit or Datastore.AllocateSpace per storage) and
/// GET /nodes/{node}/storage/{storage}/status (same privileges, checked before the storage is looked up).
/// </summary>
internal static class StorageEndpoints
{
    private static readonly string[] ReadPrivileges = ["Datastore.Audit", "Datastore.AllocateSpace"];
    private const string NoSuchStorage = "No such storage.";

    public static void Map(ApiRoutes routes)
    {
        routes.Get("/nodes/{node}/storage").OnNode().Parameters("storage", "content", "enabled", "target", "format").Handle(async call =>
        {
            var node = call.Node;
            var wanted = call.Query("storage");
            if (wanted is not null && node.FindStorage(wanted) is null)
            {
                await ApiResponse.ParameterError(call.Http, "storage", NoSuchStorage).ConfigureAwait(false);
                return;
            }

            var content = call.Query("content")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var onlyEnabled = call.QueryFlag("enabled") || content is not null;
            var entries = node.Storages
                .Where(s => wanted is null || s.Id == wanted)
                .Where(s => content is null || content.Any(s.Content.Contains))
                .Where(s => !onlyEnabled || s.Enabled)
                .Where(s => call.Token.HasAny($"/storage/{s.Id}", ReadPrivileges))
                .Select(s => (JsonNode?)Entry(s, includeId: true));
            await ApiResponse.Data(call.Http, ApiResponse.Array(entries)).ConfigureAwait(false);
        });

        routes.Get("/nodes/{node}/storage/{storage}/status")
            .Requires("/storage/{storage}", ReadPrivileges)
            .OnNode()
            .Parameters()
            .Handle(async call =>
            {
                if (call.Node.FindStorage(call.Route("storage")) is not { } storage)
                {
                    await ApiResponse.ParameterError(call.Http, "storage", NoSuchStorage).ConfigureAwait(false);
                    return;
                }

                await ApiResponse.Data(call.Http, Entry(storage, includeId: false)).ConfigureAwait(false);
            });
    }

    private static JsonObject Entry(SimStorage storage, bool includeId)
    {
        var live = storage.Enabled && storage.Active;
        var (total, used, avail) = live ? (storage.Total, storage.Used, storage.Avail) : (0L, 0L, 0L);
        var entry = new JsonObject();
        if (includeId)
        {
            entry["storage"] = storage.Id;
        }

        entry["type"] = storage.Type;
        entry["content"] = string.Join(',', storage.Content);
        entry["enabled"] = storage.Enabled ? 1 : 0;
        entry["active"] = live ? 1 : 0;
        entry["shared"] = storage.Shared ? 1 : 0;
        entry["total"] = total;
        entry["used"] = used;
        entry["avail"] = avail;
        if (total > 0)
        {
            entry["used_fraction"] = (double)used / total;
        }

        return entry;
    }
}
