namespace HomeLab.L3.OS;

/// <summary>The layer a converge runs: L3 (the operating system) or L4 (the workloads).</summary>
public enum ConvergeLayer
{
    L3,
    L4,
}

/// <summary>What each layer's files and artifacts are called.</summary>
public static class ConvergeLayerNames
{
    /// <summary><c>l3</c> or <c>l4</c>: the playbook folder and the artifacts folder.</summary>
    public static string Folder(this ConvergeLayer layer) => layer switch
    {
        ConvergeLayer.L3 => "l3",
        ConvergeLayer.L4 => "l4",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };
}
