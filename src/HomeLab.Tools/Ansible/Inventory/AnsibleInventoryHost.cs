using System.Globalization;
using System.Text.Json;

namespace HomeLab.Tools.Ansible.Inventory;

/// <summary>A host of the inventory and its vars, with group vars already merged in by ansible.</summary>
public sealed record AnsibleInventoryHost(string Name, IReadOnlyDictionary<string, JsonElement> Vars)
{
    /// <summary>The address ansible connects to: <c>ansible_host</c>, else the host's name.</summary>
    public string AnsibleHost => Text("ansible_host") ?? Name;

    /// <summary>The user ansible connects as (<c>ansible_user</c>); <c>null</c> when the inventory does not say.</summary>
    public string? AnsibleUser => Text("ansible_user");

    /// <summary>The SSH port (<c>ansible_port</c>); <c>null</c> when the inventory does not say (22).</summary>
    public int? AnsiblePort => Vars.TryGetValue("ansible_port", out var port) ? port.ValueKind switch
    {
        JsonValueKind.Number when port.TryGetInt32(out var number) => number,
        JsonValueKind.String when int.TryParse(port.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    } : null;

    /// <summary>A var as text: a string as it is, a number or a bool as ansible would print it; <c>null</c> when absent or null.</summary>
    public string? Text(string name) => Vars.TryGetValue(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    } : null;
}
