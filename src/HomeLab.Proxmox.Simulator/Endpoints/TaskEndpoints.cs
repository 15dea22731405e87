using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HomeLab.Proxmox.Simulator.Endpoints;

/// <summary>
/// GET /nodes/{node}/tasks/{upid}/status and …/log. A task is visible to the token that started it, otherwise with
/// Sys.Audit on /nodes/{node}. A UPID that does not parse, or names a task this node does not have, is a 400.
/// </summary>
internal static partial class TaskEndpoints
{
    public static void Map(ApiRoutes routes)
    {
        routes.Get("/nodes/{node}/tasks/{upid}/status").OnNode().Parameters().Handle(async call =>
        {
            if (await FindAsync(call).ConfigureAwait(false) is not { } task)
            {
                return;
            }

            var status = new JsonObject
            {
                ["upid"] = task.Upid,
                ["node"] = task.Node,
                ["pid"] = task.Pid,
                ["pstart"] = task.PStart,
                ["starttime"] = task.StartTime,
                ["type"] = task.Type,
                ["id"] = task.Id,
                ["user"] = task.Owner.UserId,
                ["tokenid"] = task.Owner.TokenName,
                ["status"] = task.ExitStatus is null ? "running" : "stopped",
            };
            if (task.ExitStatus is { } exitStatus)
            {
                status["exitstatus"] = exitStatus;
            }

            await ApiResponse.Data(call.Http, status).ConfigureAwait(false);
        });

        routes.Get("/nodes/{node}/tasks/{upid}/log").OnNode().Parameters("start", "limit", "download").Handle(async call =>
        {
            var start = call.Query("start") ?? "0";
            var limit = call.Query("limit") ?? "50";
            foreach (var (name, value) in new[] { ("start", start), ("limit", limit) })
            {
                if (ParameterChecks.IntegerError(value, minimum: 0) is { } error)
                {
                    await ApiResponse.ParameterError(call.Http, name, error).ConfigureAwait(false);
                    return;
                }
            }

            if (await FindAsync(call).ConfigureAwait(false) is not { } task)
            {
                return;
            }

            var (lines, total) = Page(task.Log, int.Parse(start), int.Parse(limit));
            await ApiResponse.Data(call.Http, lines, envelope => envelope["total"] = total).ConfigureAwait(false);
        });
    }

    /// <summary>Lines after <paramref name="start"/>, at most <paramref name="limit"/> (0 = all); total counts every line. An empty log reads "no content".</summary>
    private static (JsonArray Lines, int Total) Page(IReadOnlyList<string> log, int start, int limit)
    {
        if (log.Count == 0)
        {
            return (new JsonArray(new JsonObject { ["n"] = 1, ["t"] = "no content" }), 1);
        }

        var page = log.Skip(start).Take(limit == 0 ? int.MaxValue : limit)
            .Select((text, index) => (JsonNode?)new JsonObject { ["n"] = start + index + 1, ["t"] = text });
        return (ApiResponse.Array(page), log.Count);
    }

    private static async Task<SimTask?> FindAsync(ApiCall call)
    {
        var upid = call.Route("upid");
        var node = call.Route("node");
        if (!UpidPattern().IsMatch(upid))
        {
            await ApiResponse.ParameterError(call.Http, "upid", "unable to parse worker upid").ConfigureAwait(false);
            return null;
        }

        if (call.State.FindTask(upid) is not { } task || task.Node != node)
        {
            await ApiResponse.ParameterError(call.Http, "upid", "no such task").ConfigureAwait(false);
            return null;
        }

        if (task.Owner.Id != call.Token.Id && !call.Token.Has($"/nodes/{node}", "Sys.Audit"))
        {
            await ApiResponse.Error(call.Http, 403, $"Permission check failed (/nodes/{node}, Sys.Audit)").ConfigureAwait(false);
            return null;
        }

        return task;
    }

    [GeneratedRegex(@"^UPID:[A-Za-z0-9][A-Za-z0-9\-]*:[0-9A-Fa-f]{8}:[0-9A-Fa-f]{8,9}:[0-9A-Fa-f]{8}:[^:\s]+:[^:\s]*:[^:\s]+:$")]
    private static partial Regex UpidPattern();
}
