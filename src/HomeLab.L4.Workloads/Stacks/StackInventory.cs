using Cake.Core.IO;
using Path = System.IO.Path;
using HomeLab.L3.OS;
using HomeLab.Tools.Ansible;

namespace HomeLab.L4.Workloads;

/// <summary>
/// The inventory that says where a stack's host is: <c>artifacts/l3/inventory.l2.yaml</c> (rendered from L2's
/// <c>artifacts/l2/hosts.json</c> when that exists), then the lab's <c>ansible/inventory/</c>, which wins; read with
/// the lab's <c>ansible.cfg</c> when it has one.
/// </summary>
public sealed class StackInventory(AnsibleLabLayout layout, string artifactsDirectory)
{
    private readonly ConvergeArtifacts _artifacts = new(artifactsDirectory);

    /// <summary>The inventory L3 renders from L2's hosts: <c>artifacts/l3/inventory.l2.yaml</c>.</summary>
    public string L2Inventory => _artifacts.L2Inventory;

    /// <summary>L2's hosts: <c>artifacts/l2/hosts.json</c>.</summary>
    public string L2Hosts => _artifacts.L2HostsFile;

    /// <summary>The sources that exist, in the order ansible reads them (the later wins).</summary>
    public IReadOnlyList<string> Sources => new[] { L2Inventory, layout.InventoryDirectory }
        .Where(path => File.Exists(path) || Directory.Exists(path))
        .ToList();

    /// <summary>The sources as messages name them, e.g. <c>ansible/inventory</c>, or <c>no inventory</c>.</summary>
    public string Description => Sources.Count == 0 ? "no inventory" : string.Join(" + ", Sources.Select(layout.Display));

    /// <summary>Renders <see cref="L2Inventory"/> from <see cref="L2Hosts"/> when L2 wrote it, so a stack finds the hosts L2 made.</summary>
    /// <exception cref="InvalidDataException">hosts.json is not what L2 writes (one line).</exception>
    public void RenderFromL2()
    {
        if (File.Exists(L2Hosts))
        {
            L2InventoryRenderer.Write(Path.GetDirectoryName(L2Inventory)!, L2HostsFile.Read(L2Hosts));
        }
    }

    /// <summary><c>ansible-inventory --list</c> over <see cref="Sources"/> with the lab's config; its JSON is parsed, never logged.</summary>
    public AnsibleInventorySettings Settings(Func<string, string>? redact) => new()
    {
        Inventories = Sources.Select(source => Directory.Exists(source) ? (Cake.Core.IO.Path)new DirectoryPath(source) : new FilePath(source)).ToList(),
        ConfigFile = File.Exists(layout.ConfigFile) ? new FilePath(layout.ConfigFile) : null,
        Redact = redact,
    };
}
