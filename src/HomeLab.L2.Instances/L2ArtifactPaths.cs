namespace HomeLab.L2.Instances;

/// <summary>Where L2 writes its machine-readable results: <c>&lt;lab&gt;/artifacts/l2/</c>.</summary>
public static class L2ArtifactPaths
{
    public static string Directory(string labRoot) => Path.Combine(Path.GetFullPath(labRoot), "artifacts", "l2");

    /// <summary>Every host, for L3's inventory (<see cref="Hosts.HostsFileWriter"/>).</summary>
    public static string HostsFile(string labRoot) => Path.Combine(Directory(labRoot), "hosts.json");

    /// <summary>The drift report (<see cref="Drift.DriftJsonWriter"/>).</summary>
    public static string DriftFile(string labRoot) => Path.Combine(Directory(labRoot), "drift.json");
}
