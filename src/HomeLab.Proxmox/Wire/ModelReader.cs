using System.Net;
using System.Numerics;
using System.Text.Json;

namespace HomeLab.Proxmox.Wire;

/// <summary>Maps the <c>data</c> of each typed call to its model, leniently (see <see cref="LenientJson"/>).</summary>
internal static class ModelReader
{
    public static PveVersion Version(JsonElement data)
    {
        var item = data.RequireObject();
        var version = item.RequiredText("version");
        return new PveVersion(version, item.Text("release") ?? ReleaseOf(version), item.Text("repoid"));
    }

    public static IReadOnlyList<PveNode> Nodes(JsonElement data) =>
        data.Items().Select(item => new PveNode(
            item.RequiredText("node"),
            item.Text("status") ?? "unknown",
            item.Text("ssl_fingerprint"),
            item.Integer("maxcpu"),
            item.Integer("maxmem"))).ToList();

    public static IReadOnlyList<PveNetworkInterface> Network(JsonElement data) =>
        data.Items().Select(item => new PveNetworkInterface(
            item.RequiredText("iface"),
            item.Text("type") ?? "unknown",
            item.Flag("active"),
            item.Flag("autostart"),
            item.Text("cidr") ?? CidrOf(item.Text("address"), item.Text("netmask")),
            item.Text("bridge_ports"))).ToList();

    public static IReadOnlyList<PveStorage> Storages(JsonElement data) =>
        data.Items().Select(item =>
        {
            var status = StorageStatus(item);
            return new PveStorage(
                item.RequiredText("storage"),
                status.Type,
                status.Content,
                status.Enabled,
                status.Active,
                status.Shared,
                status.Total,
                status.Used,
                status.Avail);
        }).ToList();

    public static PveStorageStatus StorageStatus(JsonElement data)
    {
        var item = data.RequireObject();
        var total = item.Integer("total") ?? 0;
        var used = item.Integer("used") ?? 0;
        return new PveStorageStatus(
            item.Text("type") ?? "unknown",
            item.Set("content"),
            item.Flag("enabled", whenAbsent: true), // storage.cfg says "disable"; only its presence turns a storage off
            item.Flag("active"),
            item.Flag("shared"),
            total,
            used,
            item.Integer("avail") ?? Math.Max(0, total - used));
    }

    public static PvePermissions Permissions(JsonElement data)
    {
        var paths = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        foreach (var path in data.RequireObject().EnumerateObject())
        {
            if (path.Value.ValueKind != JsonValueKind.Object)
            {
                throw new WireFormatException($"the privileges of \"{path.Name}\" are not an object");
            }

            paths[path.Name] = path.Value.EnumerateObject()
                .ToDictionary(privilege => privilege.Name, privilege => path.Value.Flag(privilege.Name), StringComparer.Ordinal);
        }

        return new PvePermissions(paths);
    }

    private static string ReleaseOf(string version) => string.Join('.', version.Split('.', '-').Take(2));

    /// <summary>Older parsers give address + netmask (a prefix length or a dotted mask) instead of cidr.</summary>
    private static string? CidrOf(string? address, string? netmask)
    {
        if (address is null || netmask is null)
        {
            return null;
        }

        if (int.TryParse(netmask, out var prefix))
        {
            return $"{address}/{prefix}";
        }

        return IPAddress.TryParse(netmask, out var mask)
            ? $"{address}/{mask.GetAddressBytes().Sum(b => BitOperations.PopCount(b))}"
            : null;
    }
}
