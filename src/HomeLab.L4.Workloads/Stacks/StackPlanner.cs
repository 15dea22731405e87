using HomeLab.L3.OS;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.L4.Workloads;

/// <summary>
/// Turns <c>--stack</c> references into deployments: the compose file in the lab, the host's DOCKER_HOST from the
/// inventory, and the variables the file interpolates from the run's environment. Reads; changes nothing.
/// </summary>
/// <param name="layout">The lab.</param>
/// <param name="variables">The run's environment.</param>
/// <param name="redact">The run's redactor.</param>
public sealed class StackPlanner(AnsibleLabLayout layout, Func<string, string?> variables, Func<string, string> redact)
{
    /// <summary>Each stack's compose file, checked before anything runs.</summary>
    /// <exception cref="Cake.Core.CakeException">A stack's file does not exist (one line listing the lab's stacks).</exception>
    public IReadOnlyList<(StackReference Stack, string File)> Locate(IEnumerable<StackReference> stacks)
    {
        var lab = new LabStacks(layout);
        return stacks.Select(stack => (stack, lab.FileOf(stack))).ToList();
    }

    /// <summary>The deployment of a located stack.</summary>
    /// <param name="stack">The stack and its file, from <see cref="Locate"/>.</param>
    /// <param name="inventory">The inventory; <c>null</c> when it could not be read (a rehearsal without ansible): no DOCKER_HOST then.</param>
    /// <param name="sources">The inventory's sources, for the unknown-host message.</param>
    /// <exception cref="Cake.Core.CakeException">The host is not in the inventory (one line listing its hosts).</exception>
    public StackDeployment Plan((StackReference Stack, string File) stack, AnsibleInventoryResult? inventory, string sources)
    {
        var dockerHost = inventory is null ? null : StackHostAddress.For(inventory, stack.Stack, sources);
        var names = ComposeVariableReferences.In(File.ReadAllText(stack.File));
        var shown = StackDeployment.Shown(stack.Stack, stack.File, dockerHost);
        return new StackDeployment(stack.Stack, stack.File, dockerHost, StackVariables.For(names, variables, shown, redact));
    }
}
