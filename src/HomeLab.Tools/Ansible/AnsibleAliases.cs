using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using HomeLab.Tools.Ansible.Inventory;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Cake aliases for ansible-core: <c>ansible-playbook</c>, <c>ansible-inventory --list</c> and the version. Secrets go
/// to ansible through a private extra-vars file (<see cref="AnsiblePlaybookSettings.SecretExtraVars"/>) or its
/// environment (<see cref="AnsibleSettings.SecretEnvironmentVariables"/>), never on the command line, and are masked
/// in everything it prints.
/// </summary>
[CakeAliasCategory("Ansible")]
public static class AnsibleAliases
{
    /// <summary>
    /// Runs <c>ansible-playbook</c>, streaming its output, and reads the PLAY RECAP. Fails with one line naming the
    /// failed and unreachable hosts; <see cref="AnsiblePlaybookSettings.ResultReceived"/> gets the recap first.
    /// </summary>
    [CakeMethodAlias]
    public static AnsiblePlaybookResult AnsiblePlaybook(this ICakeContext context, AnsiblePlaybookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return PlaybookRunner(context).Run(settings);
    }

    /// <summary>Reads the inventory with <c>ansible-inventory --list</c>: its groups, hosts and host vars.</summary>
    [CakeMethodAlias]
    public static AnsibleInventoryResult AnsibleInventory(this ICakeContext context, AnsibleInventorySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return InventoryRunner(context).Run(settings ?? new AnsibleInventorySettings());
    }

    /// <summary>The installed ansible-core's version, from <c>ansible-playbook --version</c>.</summary>
    [CakeMethodAlias]
    public static Version AnsibleVersion(this ICakeContext context, AnsibleVersionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).Run(settings ?? new AnsibleVersionSettings());
    }

    /// <summary>
    /// Whether <c>ansible-playbook</c> can be found (at <paramref name="toolPath"/>, else through Cake's tool locator
    /// and PATH), without running it; when it cannot, a host can print
    /// <see cref="AnsibleDescribe(ICakeContext, AnsiblePlaybookSettings)"/>'s command instead.
    /// </summary>
    [CakeMethodAlias]
    public static bool AnsibleIsAvailable(this ICakeContext context, FilePath? toolPath = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).IsAvailable(new AnsibleVersionSettings { ToolPath = toolPath });
    }

    /// <summary>Whether <c>ansible-inventory</c> can be found, as <see cref="AnsibleIsAvailable"/> does for ansible-playbook.</summary>
    [CakeMethodAlias]
    public static bool AnsibleInventoryIsAvailable(this ICakeContext context, FilePath? toolPath = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return InventoryRunner(context).IsAvailable(new AnsibleInventorySettings { ToolPath = toolPath });
    }

    /// <summary>The <c>ansible-playbook</c> command these settings would run, with its extra vars, without running it.</summary>
    [CakeMethodAlias]
    public static AnsibleCommand AnsibleDescribe(this ICakeContext context, AnsiblePlaybookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PlaybookRunner(context).Describe(settings);
    }

    /// <summary>The <c>ansible-inventory --list</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static AnsibleCommand AnsibleDescribe(this ICakeContext context, AnsibleInventorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return InventoryRunner(context).Describe(settings);
    }

    /// <summary>The <c>ansible-playbook --version</c> command these settings would run, without running it.</summary>
    [CakeMethodAlias]
    public static AnsibleCommand AnsibleDescribe(this ICakeContext context, AnsibleVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VersionRunner(context).Describe(settings);
    }

    private static AnsiblePlaybookRunner PlaybookRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static AnsibleInventoryRunner InventoryRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);

    private static AnsibleVersionRunner VersionRunner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools, context.Log);
}
