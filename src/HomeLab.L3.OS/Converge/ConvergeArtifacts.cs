namespace HomeLab.L3.OS;

/// <summary>
/// Where a layer's converge leaves its results under the run's <c>artifacts/</c>: <c>l3/</c> or <c>l4/</c> with the
/// JUnit XML and <c>recap.json</c>, and L2's <c>l2/hosts.json</c> that becomes <c>l3/inventory.l2.yaml</c>.
/// </summary>
public sealed class ConvergeArtifacts(string artifactsDirectory)
{
    /// <summary>The run's <c>artifacts/</c> folder.</summary>
    public string Root { get; } = Path.GetFullPath(artifactsDirectory);

    /// <summary><c>artifacts/l3</c> or <c>artifacts/l4</c>: the JUnit XML of ansible-core's junit callback goes here.</summary>
    public string LayerDirectory(ConvergeLayer layer) => Path.Combine(Root, layer.Folder());

    /// <summary><c>artifacts/l3/recap.json</c> or <c>artifacts/l4/recap.json</c>.</summary>
    public string RecapFile(ConvergeLayer layer) => Path.Combine(LayerDirectory(layer), "recap.json");

    /// <summary>L2's <c>artifacts/l2/hosts.json</c>.</summary>
    public string L2HostsFile => Path.Combine(Root, "l2", "hosts.json");

    /// <summary><c>artifacts/l3/inventory.l2.yaml</c>, rendered from <see cref="L2HostsFile"/>.</summary>
    public string L2Inventory => Path.Combine(LayerDirectory(ConvergeLayer.L3), L2InventoryRenderer.FileName);
}
