using Cake.Core;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L4.Workloads;

/// <summary>The <c>DOCKER_HOST</c> of a stack's host, from its inventory vars (<see cref="DockerHostAddress"/>).</summary>
public static class StackHostAddress
{
    /// <param name="inventory">What <c>ansible-inventory --list</c> read.</param>
    /// <param name="stack">The stack; its host is looked up.</param>
    /// <param name="sources">The inventory sources, for the message, e.g. <c>ansible/inventory</c>.</param>
    /// <exception cref="CakeException">The host is not in the inventory: one line listing the inventory's hosts.</exception>
    public static string For(AnsibleInventoryResult inventory, StackReference stack, string sources)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(stack);
        if (!inventory.Hosts.TryGetValue(stack.Host, out var host))
        {
            var hosts = inventory.Hosts.Keys.Order(StringComparer.Ordinal).ToList();
            var known = hosts.Count == 0 ? "it has no hosts" : $"its hosts: {string.Join(", ", hosts)}";
            throw new CakeException($"--stack={stack}: the host {stack.Host} is not in the inventory ({sources}); {known}.");
        }

        return DockerHostAddress.For(host.Name, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ansible_host"] = host.Text("ansible_host"),
            ["ansible_user"] = host.Text("ansible_user"),
            ["ansible_port"] = host.Text("ansible_port"),
        });
    }
}
