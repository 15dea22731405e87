using System.Text.Json;

namespace HomeLab.Tools.Ansible.Inventory;

/// <summary>A group of the inventory: the hosts directly in it, its child groups and, when ansible gives them, its vars.</summary>
public sealed record AnsibleInventoryGroup(
    string Name, IReadOnlyList<string> Hosts, IReadOnlyList<string> Children, IReadOnlyDictionary<string, JsonElement> Vars);
