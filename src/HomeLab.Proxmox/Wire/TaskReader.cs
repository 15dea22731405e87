using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>Reads task status and task log pages.</summary>
internal static class TaskReader
{
    public static PveTaskStatus Status(JsonElement data)
    {
        var item = data.RequireObject();
        var upid = Upid.TryParse(item.Text("upid"), out var parsed)
            ? parsed
            : throw new WireFormatException($"the field \"upid\" is {item.Text("upid") ?? "missing"}, not a task id");
        return new PveTaskStatus(
            upid,
            item.Text("node") ?? upid.Node,
            item.Text("type") ?? upid.Type,
            item.Text("id") ?? upid.Id,
            item.Text("user") ?? upid.User,
            item.Text("tokenid"),
            item.RequiredText("status"),
            item.Text("exitstatus"));
    }

    public static PveTaskLog Log(JsonElement data, JsonElement envelope)
    {
        var lines = data.Items()
            .Select(line => new PveTaskLogLine((int)(line.Integer("n") ?? 0), line.Text("t") ?? string.Empty))
            .ToList();
        var total = (int)(envelope.Integer("total") ?? lines.Count);

        // An empty log reads as one line "no content" (for ExtJS); it is not part of the log.
        return total <= 1 && lines is [{ Number: 1, Text: "no content" }]
            ? new PveTaskLog([], 0)
            : new PveTaskLog(lines, total);
    }
}
