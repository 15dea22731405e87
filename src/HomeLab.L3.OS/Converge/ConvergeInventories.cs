namespace HomeLab.L3.OS;

/// <summary>
/// The inventory sources of a converge, in order: L2's hosts rendered as <c>artifacts/l3/inventory.l2.yaml</c> when
/// <c>artifacts/l2/hosts.json</c> exists, then the lab's <c>ansible/inventory/</c>, which is read last and so wins.
/// </summary>
public static class ConvergeInventories
{
    /// <summary>Renders L2's inventory when there is a hosts file, and returns the sources to pass as <c>-i</c>.</summary>
    /// <param name="layout">The lab's Ansible files.</param>
    /// <param name="artifacts">Where L2's hosts file is and L2's inventory goes.</param>
    /// <param name="render">False to name L2's inventory where it would be rendered, without writing it (a dry run).</param>
    /// <exception cref="InvalidDataException">The hosts file is not L2's (one line naming it).</exception>
    /// <exception cref="FileNotFoundException">The lab has no <c>ansible/inventory/</c> and L2 wrote no hosts.</exception>
    public static IReadOnlyList<string> Resolve(AnsibleLabLayout layout, ConvergeArtifacts artifacts, bool render = true)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(artifacts);
        var sources = new List<string>();
        if (File.Exists(artifacts.L2HostsFile))
        {
            sources.Add(render
                ? L2InventoryRenderer.Write(Path.GetDirectoryName(artifacts.L2Inventory)!, L2HostsFile.Read(artifacts.L2HostsFile))
                : artifacts.L2Inventory);
        }

        if (Directory.Exists(layout.InventoryDirectory))
        {
            sources.Add(layout.InventoryDirectory);
        }

        return sources.Count > 0
            ? sources
            : throw new FileNotFoundException(
                $"No inventory: the lab has no {layout.Display(layout.InventoryDirectory)}/ and there is no {artifacts.L2HostsFile} from L2; "
                + "write ansible/inventory/hosts.yaml or run ./build.sh --target=L2 first.");
    }
}
