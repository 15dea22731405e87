using System.Text.Json;

namespace HomeLab.Tools.Ansible.Inventory;

/// <summary>
/// The inventory as <c>ansible-inventory --list</c> prints it: every group (<c>all</c> and <c>ungrouped</c> included)
/// with its hosts and children, and every host with its vars.
/// </summary>
public sealed class AnsibleInventoryResult
{
    private const string MetaKey = "_meta";

    private AnsibleInventoryResult(IReadOnlyDictionary<string, AnsibleInventoryGroup> groups, IReadOnlyDictionary<string, AnsibleInventoryHost> hosts, string json)
    {
        Groups = groups;
        Hosts = hosts;
        Json = json;
    }

    /// <summary>What ansible-inventory printed, as it printed it (to keep it for a later run).</summary>
    public string Json { get; }

    /// <summary>The groups by name.</summary>
    public IReadOnlyDictionary<string, AnsibleInventoryGroup> Groups { get; }

    /// <summary>The hosts by name.</summary>
    public IReadOnlyDictionary<string, AnsibleInventoryHost> Hosts { get; }

    /// <summary>The group names an operator picks from, sorted, without ansible's implicit <c>all</c> and <c>ungrouped</c>.</summary>
    public IReadOnlyList<string> GroupNames => Groups.Keys
        .Where(name => name is not "all" and not "ungrouped")
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether the inventory has a group named <paramref name="name"/>.</summary>
    public bool HasGroup(string name) => Groups.ContainsKey(name);

    /// <summary>
    /// Every host in <paramref name="group"/> and its child groups, each once, sorted; empty for an unknown group.
    /// </summary>
    public IReadOnlyList<string> HostsOf(string group)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([group]);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || !Groups.TryGetValue(name, out var current))
            {
                continue;
            }

            found.UnionWith(current.Hosts);
            foreach (var child in current.Children)
            {
                pending.Push(child);
            }
        }

        if (string.Equals(group, "all", StringComparison.Ordinal))
        {
            found.UnionWith(Hosts.Keys);
        }

        return found.ToList();
    }

    /// <summary>Reads what <c>ansible-inventory --list</c> printed.</summary>
    /// <exception cref="JsonException">The text is not the JSON object ansible-inventory prints.</exception>
    public static AnsibleInventoryResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("expected a JSON object of groups");
        }

        var groups = new Dictionary<string, AnsibleInventoryGroup>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject().Where(p => p.Name != MetaKey && p.Value.ValueKind == JsonValueKind.Object))
        {
            groups[property.Name] = new AnsibleInventoryGroup(
                property.Name, Names(property.Value, "hosts"), Names(property.Value, "children"), Vars(property.Value, "vars"));
        }

        // A group with neither hosts nor children is only named as some group's child.
        foreach (var child in groups.Values.SelectMany(g => g.Children).Where(child => !groups.ContainsKey(child)).ToList())
        {
            groups[child] = new AnsibleInventoryGroup(child, [], [], new Dictionary<string, JsonElement>(StringComparer.Ordinal));
        }

        var hostVars = root.TryGetProperty(MetaKey, out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("hostvars", out var vars) && vars.ValueKind == JsonValueKind.Object
            ? vars.EnumerateObject().ToDictionary(p => p.Name, p => Vars(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        var hosts = groups.Values.SelectMany(g => g.Hosts).Concat(hostVars.Keys)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(
                name => name,
                name => new AnsibleInventoryHost(name, hostVars.GetValueOrDefault(name) ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        return new AnsibleInventoryResult(groups, hosts, json);
    }

    private static List<string> Names(JsonElement group, string property) =>
        group.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static IReadOnlyDictionary<string, JsonElement> Vars(JsonElement group, string property) =>
        group.TryGetProperty(property, out var vars) ? Vars(vars) : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, JsonElement> Vars(JsonElement vars) => vars.ValueKind == JsonValueKind.Object
        ? vars.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
        : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
