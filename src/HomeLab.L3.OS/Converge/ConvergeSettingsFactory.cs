using Cake.Core.IO;
using HomeLab.Tools.Ansible;
using Path = Cake.Core.IO.Path;

namespace HomeLab.L3.OS;

/// <summary>
/// Turns a <see cref="ConvergeRequest"/> into the ansible wrapper's settings: the inventories in order, the lab's
/// <c>ansible.cfg</c> when it has one, JUnit XML into <c>artifacts/l3</c> or <c>l4</c>, <c>converge_group</c> and the
/// request's own extra vars, tags, limit, and <c>--check</c> always with <c>--diff</c>.
/// </summary>
public static class ConvergeSettingsFactory
{
    /// <summary>The <c>ansible-playbook</c> settings for <paramref name="request"/>.</summary>
    public static AnsiblePlaybookSettings Playbook(ConvergeRequest request, ConvergeEnvironment environment, IReadOnlyList<string> inventories)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = Shared(new AnsiblePlaybookSettings(), environment);
        settings.Playbook = new FilePath(PlaybookPath(request, environment.Layout));
        settings.Inventories = Sources(inventories);
        settings.Tags = request.Tags.ToList();
        settings.Limit = string.IsNullOrWhiteSpace(request.Limit) ? null : request.Limit.Trim();
        settings.Check = request.Check;
        settings.Diff = request.Check || request.Diff;
        settings.Forks = request.Forks;
        settings.JUnitOutputDirectory = new DirectoryPath(environment.Artifacts.LayerDirectory(request.Layer));
        settings.ExtraVars[ConvergeRequest.GroupVariable] = request.Group;
        foreach (var (name, value) in request.ExtraVars)
        {
            settings.ExtraVars[name] = value;
        }

        return settings;
    }

    /// <summary>The <c>ansible-inventory --list</c> settings that read the same inventories with the same config.</summary>
    public static AnsibleInventorySettings Inventory(ConvergeEnvironment environment, IReadOnlyList<string> inventories)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = Shared(new AnsibleInventorySettings(), environment);
        settings.Inventories = Sources(inventories);
        return settings;
    }

    /// <summary>The playbook a request runs, in the lab.</summary>
    public static string PlaybookPath(ConvergeRequest request, AnsibleLabLayout layout)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(layout);
        return request.Operation switch
        {
            ConvergeOperation.Reboot => layout.RebootPlaybook,
            ConvergeOperation.Shutdown => layout.ShutdownPlaybook,
            _ => layout.ConvergePlaybook(request.Layer),
        };
    }

    private static T Shared<T>(T settings, ConvergeEnvironment environment)
        where T : AnsibleSettings
    {
        if (File.Exists(environment.Layout.ConfigFile))
        {
            settings.ConfigFile = new FilePath(environment.Layout.ConfigFile);
        }

        settings.OutputIsTerminal = environment.OutputIsTerminal;
        settings.Redact = environment.Redact;
        return settings;
    }

    private static List<Path> Sources(IReadOnlyList<string> inventories) =>
        inventories.Select(source => Directory.Exists(source) ? (Path)new DirectoryPath(source) : new FilePath(source)).ToList();
}
