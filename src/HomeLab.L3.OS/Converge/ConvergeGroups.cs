using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L3.OS;

/// <summary>Checks the group a converge is asked for against the inventory, before ansible-playbook runs.</summary>
public static class ConvergeGroups
{
    /// <summary>Returns <paramref name="group"/> when the inventory has it.</summary>
    /// <param name="group">The group asked for (<c>--group</c>); null or blank when none was.</param>
    /// <param name="inventory">What <c>ansible-inventory --list</c> read.</param>
    /// <param name="what">What needs the group, for the message, e.g. <c>L3</c> or <c>Reboot</c>.</param>
    /// <exception cref="ArgumentException">No group was given, or the inventory has no such group; one line listing its groups.</exception>
    public static string Require(string? group, AnsibleInventoryResult inventory, string what)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (string.IsNullOrWhiteSpace(group))
        {
            throw new ArgumentException($"{what} needs --group=<group>; {Known(inventory)}.");
        }

        var name = group.Trim();
        return inventory.HasGroup(name)
            ? name
            : throw new ArgumentException($"Unknown group '{name}' (--group); {Known(inventory)}.");
    }

    private static string Known(AnsibleInventoryResult inventory) => inventory.GroupNames.Count == 0
        ? "the inventory has no groups"
        : "the inventory's groups are " + string.Join(", ", inventory.GroupNames);
}
