using Cake.Core;
using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Inventory;
using Spectre.Console;

namespace HomeLab.L3.OS;

/// <summary>
/// Runs the lab's playbooks for L3, L4, Reboot and Shutdown through the ansible wrapper: reads the inventory to check
/// a group, converges (recap table and <c>recap.json</c> whatever the outcome), lists hosts and tasks for a dry run,
/// and describes the exact commands when ansible is not installed.
/// </summary>
public sealed class Converger(ICakeContext context, ConvergeEnvironment environment, IAnsiConsole console)
{
    private IReadOnlyList<string>? _inventories;

    /// <summary>The inventory sources, L2's rendered one first; rendered on first use.</summary>
    public IReadOnlyList<string> Inventories => _inventories ??= ConvergeInventories.Resolve(environment.Layout, environment.Artifacts, environment.RendersL2Inventory);

    /// <summary>Whether ansible-playbook and ansible-inventory can both be found.</summary>
    public bool IsAvailable => context.AnsibleIsAvailable() && context.AnsibleInventoryIsAvailable();

    /// <summary>The wrapper's settings for <paramref name="request"/>.</summary>
    public AnsiblePlaybookSettings Settings(ConvergeRequest request) => ConvergeSettingsFactory.Playbook(request, environment, Inventories);

    /// <summary>
    /// Reads the inventory with <c>ansible-inventory --list</c> (same sources and config as the playbook), or the
    /// listing kept from an earlier run when the static inventory files have not changed since.
    /// </summary>
    /// <param name="keep">Keep the listing for a later run; a preview writes nothing.</param>
    public AnsibleInventoryResult ReadInventory(bool keep = true)
    {
        var config = File.Exists(environment.Layout.ConfigFile) ? environment.Layout.ConfigFile : null;
        var cache = keep && environment.InventoryCacheDirectory is { } directory ? new InventoryCache(directory) : null;
        if (cache?.Find(Inventories, config) is { } kept)
        {
            try
            {
                return AnsibleInventoryResult.Parse(kept);
            }
            catch (System.Text.Json.JsonException)
            {
                // A damaged copy is asked again below and replaced.
            }
        }

        var read = context.AnsibleInventory(ConvergeSettingsFactory.Inventory(environment, Inventories));
        cache?.Keep(Inventories, config, read.Json);
        return read;
    }

    /// <summary>
    /// The listing an earlier run kept, when the static inventory files have not changed since; null when there is none.
    /// Runs nothing, so a dry run can check a group with it.
    /// </summary>
    public AnsibleInventoryResult? KeptInventory()
    {
        var config = File.Exists(environment.Layout.ConfigFile) ? environment.Layout.ConfigFile : null;
        if (environment.InventoryCacheDirectory is not { } directory || new InventoryCache(directory).Find(Inventories, config) is not { } kept)
        {
            return null;
        }

        try
        {
            return AnsibleInventoryResult.Parse(kept);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The commands a converge runs: <c>ansible-inventory --list</c>, then <c>ansible-playbook</c>.</summary>
    public IReadOnlyList<AnsibleCommand> Describe(ConvergeRequest request) =>
    [
        context.AnsibleDescribe(ConvergeSettingsFactory.Inventory(environment, Inventories)),
        context.AnsibleDescribe(Settings(request)),
    ];

    /// <summary>
    /// Runs the playbook, then prints the recap table and writes <c>recap.json</c> (also when a host failed, before
    /// the one-line failure naming it is thrown).
    /// </summary>
    public AnsiblePlaybookResult Converge(ConvergeRequest request)
    {
        var settings = Settings(request);
        var report = new ConvergeRecapReport(console, environment.Artifacts);
        settings.ResultReceived = result => report.Report(request, result);
        return context.AnsiblePlaybook(settings);
    }

    /// <summary>Ansible's own <c>--list-hosts --list-tasks</c> for the request: it connects to no host and changes nothing.</summary>
    public AnsiblePlaybookResult List(ConvergeRequest request)
    {
        var settings = Settings(request);
        settings.ListHosts = true;
        settings.ListTasks = true;
        settings.JUnitOutputDirectory = null;
        return context.AnsiblePlaybook(settings);
    }
}
