using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /access/permissions: path → privilege → propagate (1/0) for the standard paths and every ACL path.
/// <c>path</c> narrows the answer to one path; <c>userid</c> asks about another token (Sys.Audit on /access, unless
/// it belongs to the same user).
/// </summary>
internal static class AccessEndpoints
{
    private static readonly string[] StandardPaths = ["/", "/access", "/access/groups", "/nodes", "/pool", "/sdn", "/storage", "/vms"];

    public static void Map(ApiRoutes routes) =>
        routes.Get("/access/permissions").Parameters("userid", "path").Handle(async call =>
        {
            var subject = call.Token;
            if (call.Query("userid") is { } userId && userId != subject.Id)
            {
                if (call.State.FindToken(userId) is not { } other)
                {
                    await ApiResponse.ParameterError(call.Http, "userid", $"no such user ('{userId}')").ConfigureAwait(false);
                    return;
                }

                if (other.UserId != subject.UserId && !subject.Has("/access", "Sys.Audit"))
                {
                    await ApiResponse.Error(call.Http, 403, "Permission check failed (/access, Sys.Audit)").ConfigureAwait(false);
                    return;
                }

                subject = other;
            }

            var paths = call.Query("path") is { } one
                ? [one]
                : StandardPaths.Concat(subject.AclPaths).Distinct(StringComparer.Ordinal);
            var answer = new JsonObject();
            foreach (var path in paths)
            {
                var privileges = new JsonObject();
                foreach (var (privilege, propagate) in subject.EffectivePrivileges(path).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    privileges[privilege] = propagate ? 1 : 0;
                }

                answer[path] = privileges;
            }

            await ApiResponse.Data(call.Http, answer).ConfigureAwait(false);
        });
}
