using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>GET /version: open to every authenticated token.</summary>
internal static class VersionEndpoints
{
    public static void Map(ApiRoutes routes) =>
        routes.Get("/version").Parameters().Handle(call =>
        {
            var version = call.State.Version;
            return ApiResponse.Data(call.Http, new JsonObject
            {
                ["version"] = version.Version,
                ["release"] = version.Release,
                ["repoid"] = version.RepoId,
            });
        });
}
